package com.askpro.booking.application.webhook;

import com.askpro.booking.domain.webhook.WebhookEventId;

/**
 * Use case: take a call-event webhook of the voice-agent platform in. Verify its signature on the raw bytes, store it
 * durably and idempotently, schedule its processing, answer. Nothing is processed here.
 */
public interface ReceiveCallEvent {

    Receipt receive(byte[] rawBody, String signatureHeader, String correlationId);

    /** How the request was taken. */
    sealed interface Receipt {
        /** Stored for the first time and scheduled. */
        record Accepted(WebhookEventId id) implements Receipt {}

        /** Seen before (same event key); not processed again. */
        record Duplicate(WebhookEventId id) implements Receipt {}

        /** Missing, wrong or stale signature: nothing stored. */
        record Unauthenticated() implements Receipt {}

        /** Signed, but not a call event: nothing stored. */
        record Malformed(String message) implements Receipt {}
    }
}
