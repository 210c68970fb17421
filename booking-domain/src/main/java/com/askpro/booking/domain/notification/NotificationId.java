package com.askpro.booking.domain.notification;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of one message in the outbox. */
public record NotificationId(UUID value) {

    public NotificationId {
        Require.notNull("notification_id", value);
    }

    public static NotificationId newId() {
        return new NotificationId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static NotificationId parse(String text) {
        try {
            return new NotificationId(UUID.fromString(Require.text("notification_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("notification_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
