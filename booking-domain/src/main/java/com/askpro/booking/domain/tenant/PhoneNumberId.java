package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a phone-number. */
public record PhoneNumberId(UUID value) {

    public PhoneNumberId {
        Require.notNull("phone_number_id", value);
    }

    public static PhoneNumberId newId() {
        return new PhoneNumberId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static PhoneNumberId parse(String text) {
        try {
            return new PhoneNumberId(UUID.fromString(Require.text("phone_number_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("phone_number_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
