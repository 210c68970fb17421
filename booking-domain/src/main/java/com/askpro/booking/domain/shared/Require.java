package com.askpro.booking.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/** Guard clauses used by value objects and aggregates; each throws {@link InvalidValueException}. */
public final class Require {

    /** The first instant of the years the system deals in (bookings, calls, filters): 2000-01-01T00:00Z. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The end (exclusive) of those years: 2101-01-01T00:00Z, so 2100 is the last year. */
    public static final Instant LATEST = Instant.parse("2101-01-01T00:00:00Z");

    private Require() {}

    /** An instant in the years 2000 to 2100 (null passes): absurd dates are refused before any database sees them. */
    public static Instant plausible(String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(LATEST))) {
            throw new InvalidValueException(field, "must lie in the years 2000 to 2100");
        }
        return value;
    }

    /** A date in the years 2000 to 2100 (null passes). */
    public static LocalDate plausible(String field, LocalDate value) {
        if (value != null && (value.getYear() < 2000 || value.getYear() > 2100)) {
            throw new InvalidValueException(field, "must lie in the years 2000 to 2100");
        }
        return value;
    }

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        return value;
    }

    /**
     * Non-blank text, stripped, at most {@code maxLength} characters, and clean in the sense of
     * {@link Text#problem}: no NUL or other control character but tab, line feed and carriage
     * return, no unpaired surrogate.
     */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        Text.requireClean(field, stripped, true);
        return stripped;
    }

    /** Like {@link #text}, for one-line values (names, keywords, ids): no control character at all. */
    public static String line(String field, String value, int maxLength) {
        String text = text(field, value, maxLength);
        Text.requireClean(field, text, false);
        return text;
    }

    /** Optional one-line text: null or blank becomes null, otherwise as {@link #line}. */
    public static String optionalLine(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : line(field, value, maxLength);
    }

    /** Optional text: null or blank becomes null, otherwise as {@link #text}. */
    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    public static Duration positive(String field, Duration value) {
        notNull(field, value);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(field, "must be positive");
        }
        return value;
    }

    public static Duration notNegative(String field, Duration value) {
        notNull(field, value);
        if (value.isNegative()) {
            throw new InvalidValueException(field, "must not be negative");
        }
        return value;
    }

    public static <C extends Collection<?>> C noNullElements(String field, C values) {
        notNull(field, values);
        if (values.stream().anyMatch(v -> v == null)) {
            throw new InvalidValueException(field, "must not contain null");
        }
        return values;
    }
}
