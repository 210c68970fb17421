package com.askpro.booking.domain.webhook;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.util.UUID;

/** Identity of a webhook-event. */
public record WebhookEventId(UUID value) {

    public WebhookEventId {
        Require.notNull("webhook_event_id", value);
    }

    public static WebhookEventId newId() {
        return new WebhookEventId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; anything else is an {@link InvalidValueException}. */
    public static WebhookEventId parse(String text) {
        try {
            return new WebhookEventId(UUID.fromString(Require.text("webhook_event_id", text, 36)));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("webhook_event_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
