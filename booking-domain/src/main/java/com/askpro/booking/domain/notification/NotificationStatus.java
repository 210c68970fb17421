package com.askpro.booking.domain.notification;

/** Where a message is in the outbox. */
public enum NotificationStatus {
    /** Waiting for its next attempt (or its first, or its send time for a reminder). */
    PENDING,
    /** Accepted by the mail server or SMS provider. */
    SENT,
    /** Given up after the last attempt; visible and replayable. */
    DEAD,
    /** Not sent on purpose: the booking changed meanwhile, or the customer opted out. */
    SKIPPED
}
