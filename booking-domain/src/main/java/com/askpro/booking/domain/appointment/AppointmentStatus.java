package com.askpro.booking.domain.appointment;

/**
 * Lifecycle of an appointment. {@code BOOKED} and {@code CONFIRMED} hold their time;
 * {@code CANCELLED} and {@code RESCHEDULED} (replaced by a new appointment) are final and free it.
 */
public enum AppointmentStatus {
    BOOKED,
    CONFIRMED,
    CANCELLED,
    RESCHEDULED;

    public boolean holdsTime() {
        return this == BOOKED || this == CONFIRMED;
    }

    public boolean isFinal() {
        return !holdsTime();
    }
}
