package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a branch. */
public record BranchId(UUID value) {

    public BranchId {
        Require.notNull("branch_id", value);
    }

    public static BranchId newId() {
        return new BranchId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static BranchId parse(String text) {
        try {
            return new BranchId(UUID.fromString(Require.text("branch_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("branch_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
