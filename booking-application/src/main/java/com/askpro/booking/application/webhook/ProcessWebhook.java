package com.askpro.booking.application.webhook;

import com.askpro.booking.domain.webhook.WebhookEventId;

/**
 * Use case: process one stored webhook, in the background. Safe to run more than once for the same
 * event: an event that no longer awaits processing is left alone, and applying a call event twice
 * changes nothing.
 */
public interface ProcessWebhook {

    Result process(WebhookEventId id);

    /** What became of the event. */
    enum Result {
        PROCESSED,
        RETRY_SCHEDULED,
        DEAD,
        NOTHING_TO_DO
    }
}
