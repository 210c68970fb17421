package com.askpro.booking.domain.notification;

/** What a message tells the customer about their booking. */
public enum NotificationKind {
    /** A new appointment. */
    BOOKED,
    /** The booking moved to another time (or staff member). */
    RESCHEDULED,
    /** The booking was cancelled, by the caller or by staff. */
    CANCELLED,
    /** The appointment is coming up (a configurable time before it). */
    REMINDER
}
