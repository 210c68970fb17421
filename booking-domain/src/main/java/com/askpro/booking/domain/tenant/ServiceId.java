package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a service. */
public record ServiceId(UUID value) {

    public ServiceId {
        Require.notNull("service_id", value);
    }

    public static ServiceId newId() {
        return new ServiceId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static ServiceId parse(String text) {
        try {
            return new ServiceId(UUID.fromString(Require.text("service_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("service_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
