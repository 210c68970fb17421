package com.askpro.booking.application.admin;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Turns the admin API's plain input values into domain values, naming the field on every refusal. */
final class Values {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private Values() {}

    static <T> T required(String field, T value) {
        return Require.notNull(field, value);
    }

    static ZoneId zone(String field, String text) {
        try {
            return ZoneId.of(Require.line(field, text, 64));
        } catch (DateTimeException e) {
            throw new InvalidValueException(field, "must be an IANA time zone such as Europe/Berlin");
        }
    }

    static Duration minutes(String field, Integer value) {
        return Duration.ofMinutes(required(field, value));
    }

    static LocalDate date(String field, String text) {
        try {
            return Require.plausible(field, LocalDate.parse(Require.line(field, text, 10)));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a date as YYYY-MM-DD");
        }
    }

    static Instant instant(String field, String text) {
        try {
            return Require.plausible(field, Instant.parse(Require.line(field, text, 40)));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO-8601 instant such as 2030-01-31T09:00:00Z");
        }
    }

    /** An id of type {@code T} from text; an unparseable one is invalid under {@code field}. */
    static <T> T id(String field, String text, Function<UUID, T> make) {
        try {
            return make.apply(UUID.fromString(Require.line(field, text, 36)));
        } catch (InvalidValueException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be a UUID");
        }
    }

    /** An id taken from a request path: anything unparseable is simply not found. */
    static <T> T pathId(String text, Function<UUID, T> make, String what) {
        try {
            return make.apply(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw AdminException.notFound(what);
        }
    }

    static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E each : type.getEnumConstants()) {
                allowed.add(each.name().toLowerCase(Locale.ROOT));
            }
            throw new InvalidValueException(field, "must be one of " + allowed);
        }
    }

    /** {@code {"mon": [["09:00","18:00"]], ...}} as weekly hours; null stays null. */
    static WorkingHours workingHours(String field, Map<String, List<List<String>>> days) {
        if (days == null) {
            return null;
        }
        EnumMap<DayOfWeek, List<OpeningInterval>> parsed = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, intervals) -> {
            int index = DAYS.indexOf(day);
            if (index < 0) {
                throw new InvalidValueException(field, "has unknown day '" + day + "' (use mon … sun)");
            }
            String dayField = field + "." + day;
            List<OpeningInterval> list = new ArrayList<>();
            for (List<String> interval : Require.noNullElements(dayField, Require.notNull(dayField, intervals))) {
                if (interval.size() != 2) {
                    throw new InvalidValueException(dayField, "intervals must be [\"HH:mm\", \"HH:mm\"]");
                }
                try {
                    list.add(new OpeningInterval(
                            OpeningInterval.parseTime(dayField, interval.get(0)),
                            OpeningInterval.parseTime(dayField, interval.get(1))));
                } catch (InvalidValueException e) {
                    throw new InvalidValueException(dayField, reason(e));
                }
            }
            parsed.put(DayOfWeek.of(index + 1), list);
        });
        return new WorkingHours(parsed);
    }

    /** The message of {@code e} without its leading field name. */
    static String reason(InvalidValueException e) {
        String message = e.getMessage();
        int after = message.indexOf("' ");
        return after < 0 ? message : message.substring(after + 2);
    }
}
