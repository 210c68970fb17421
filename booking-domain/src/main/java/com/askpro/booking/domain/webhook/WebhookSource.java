package com.askpro.booking.domain.webhook;

/** Who sent a webhook. Event keys are unique per source. */
public enum WebhookSource {
    RETELL,
    RETELL_INBOUND,
    RETELL_FUNCTION,
    CALCOM
}
