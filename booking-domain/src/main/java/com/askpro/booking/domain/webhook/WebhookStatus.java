package com.askpro.booking.domain.webhook;

/**
 * Processing state of a stored webhook. {@code RECEIVED}: stored, waiting for processing.
 * {@code FAILED}: an attempt failed, another is scheduled. {@code PROCESSED}: done.
 * {@code DEAD}: given up (attempts exhausted or a permanent error); visible and replayable.
 */
public enum WebhookStatus {
    RECEIVED,
    PROCESSED,
    FAILED,
    DEAD;

    public boolean awaitsProcessing() {
        return this == RECEIVED || this == FAILED;
    }
}
