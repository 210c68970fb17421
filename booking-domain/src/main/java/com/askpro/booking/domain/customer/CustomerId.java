package com.askpro.booking.domain.customer;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a customer. */
public record CustomerId(UUID value) {

    public CustomerId {
        Require.notNull("customer_id", value);
    }

    public static CustomerId newId() {
        return new CustomerId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static CustomerId parse(String text) {
        try {
            return new CustomerId(UUID.fromString(Require.text("customer_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("customer_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
