package com.askpro.booking.adapter.mcp;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code arguments} of one {@code tools/call}, read with typed getters. Anything missing,
 * mistyped, too long or unknown is a {@link ToolFailure} that names the argument and what a good
 * value looks like, so an agent can correct itself.
 */
final class ToolArguments {

    private static final int MAX_TEXT = 500;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<String, Object> values;

    ToolArguments(Map<String, Object> values, Set<String> known) {
        this.values = values == null ? Map.of() : values;
        Set<String> unknown = new TreeSet<>(this.values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            throw ToolFailure.invalid(
                    name,
                    "is not an argument of this tool; known arguments: "
                            + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))),
                    known.stream().sorted().toList());
        }
    }

    Optional<String> text(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw ToolFailure.invalid(name, "must be a string");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw ToolFailure.invalid(name, "must be at most " + MAX_TEXT + " characters");
        }
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    String requiredText(String name, String example) {
        return text(name).orElseThrow(() -> ToolFailure.invalid(name, "is required, e.g. \"" + example + "\""));
    }

    Optional<LocalDate> date(String name) {
        return text(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ToolFailure.invalid(
                        name, "must be a date as YYYY-MM-DD, e.g. 2026-12-03 (got \"" + shorten(text) + "\")");
            }
        });
    }

    LocalDate requiredDate(String name) {
        return date(name)
                .orElseThrow(() -> ToolFailure.invalid(name, "is required: a date as YYYY-MM-DD, e.g. 2026-12-03"));
    }

    Optional<LocalTime> time(String name) {
        return text(name).map(text -> {
            try {
                return LocalTime.parse(text.length() == 4 ? "0" + text : text, HH_MM);
            } catch (DateTimeParseException e) {
                throw ToolFailure.invalid(
                        name, "must be a local time as HH:mm, e.g. 14:30 (got \"" + shorten(text) + "\")");
            }
        });
    }

    LocalTime requiredTime(String name) {
        return time(name)
                .orElseThrow(() -> ToolFailure.invalid(name, "is required: a local time as HH:mm, e.g. 14:30"));
    }

    /** A boolean, or {@code fallback} when absent. */
    boolean bool(String name, boolean fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean flag)) {
            throw ToolFailure.invalid(name, "must be true or false");
        }
        return flag;
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    int integer(String name, int min, int max, int fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw ToolFailure.invalid(name, "must be a whole number between " + min + " and " + max);
        }
        long n = number.longValue();
        if (n < min || n > max) {
            throw ToolFailure.invalid(name, "must be between " + min + " and " + max + " (got " + n + ")");
        }
        return (int) n;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
