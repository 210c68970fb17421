package com.askpro.booking.domain.call;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a call. */
public record CallId(UUID value) {

    public CallId {
        Require.notNull("call_id", value);
    }

    public static CallId newId() {
        return new CallId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static CallId parse(String text) {
        try {
            return new CallId(UUID.fromString(Require.text("call_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("call_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
