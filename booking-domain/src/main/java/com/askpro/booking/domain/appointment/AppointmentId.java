package com.askpro.booking.domain.appointment;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a appointment. */
public record AppointmentId(UUID value) {

    public AppointmentId {
        Require.notNull("appointment_id", value);
    }

    public static AppointmentId newId() {
        return new AppointmentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static AppointmentId parse(String text) {
        try {
            return new AppointmentId(UUID.fromString(Require.text("appointment_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("appointment_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
