package com.askpro.booking.application.calendar;

import com.askpro.booking.domain.webhook.WebhookEventId;

/**
 * Use case: take a Cal.com booking webhook in. Verify {@code X-Cal-Signature-256} on the raw
 * bytes, store the body durably and idempotently, schedule its processing, answer.
 */
public interface ReceiveCalcomWebhook {

    Receipt receive(byte[] rawBody, String signatureHeader, String correlationId);

    /** How the request was taken. */
    sealed interface Receipt {
        /** Stored for the first time and scheduled. */
        record Accepted(WebhookEventId id) implements Receipt {}

        /** Seen before (same dedupe key); not processed again. */
        record Duplicate(WebhookEventId id) implements Receipt {}

        /** Missing or wrong signature, or no secret configured: nothing stored. */
        record Unauthenticated() implements Receipt {}

        /** Signed, but not a Cal.com webhook: nothing stored. */
        record Malformed(String message) implements Receipt {}
    }
}
