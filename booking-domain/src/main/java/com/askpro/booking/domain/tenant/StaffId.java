package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a staff. */
public record StaffId(UUID value) {

    public StaffId {
        Require.notNull("staff_id", value);
    }

    public static StaffId newId() {
        return new StaffId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static StaffId parse(String text) {
        try {
            return new StaffId(UUID.fromString(Require.text("staff_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("staff_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
