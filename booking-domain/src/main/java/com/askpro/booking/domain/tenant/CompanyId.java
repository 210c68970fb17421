package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a company. */
public record CompanyId(UUID value) {

    public CompanyId {
        Require.notNull("company_id", value);
    }

    public static CompanyId newId() {
        return new CompanyId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static CompanyId parse(String text) {
        try {
            return new CompanyId(UUID.fromString(Require.text("company_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("company_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
