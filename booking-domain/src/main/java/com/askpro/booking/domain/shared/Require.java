package com.askpro.booking.domain.shared;

import java.time.Duration;
import java.util.Collection;

/** Guard clauses used by value objects and aggregates; each throws {@link InvalidValueException}. */
public final class Require {

    private Require() {
    }

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        return value;
    }

    /** Non-blank text, stripped, at most {@code maxLength} characters. */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
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
