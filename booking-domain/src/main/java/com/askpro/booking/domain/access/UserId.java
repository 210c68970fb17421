package com.askpro.booking.domain.access;

import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a dashboard user. */
public record UserId(UUID value) {

    public UserId {
        Require.notNull("user_id", value);
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
