package com.askpro.booking.domain.access;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of an API key. */
public record ApiKeyId(UUID value) {

    public ApiKeyId {
        Require.notNull("api_key_id", value);
    }

    public static ApiKeyId newId() {
        return new ApiKeyId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static ApiKeyId parse(String text) {
        try {
            return new ApiKeyId(UUID.fromString(Require.text("api_key_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("api_key_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
