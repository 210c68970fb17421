package com.askpro.booking.adapter.calcom;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Adapter: the parts of a Cal.com webhook body the booking sync needs. {@code dedupeKey} stands
 * in for the event id Cal.com does not send; {@code rescheduleUid} is the original booking's uid
 * on {@code BOOKING_RESCHEDULED} (null otherwise).
 */
public record CalcomWebhookEvent(
        String triggerEvent,
        Instant createdAt,
        String bookingUid,
        Instant startTime,
        Instant endTime,
        Map<String, String> metadata,
        String rescheduleUid,
        String dedupeKey) {

    public CalcomWebhookEvent {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** Our appointment id, when the booking was made by AskPro. */
    public Optional<String> appointmentId() {
        return Optional.ofNullable(metadata.get(CalcomWrites.APPOINTMENT_KEY));
    }

    public boolean isBookingEvent() {
        return triggerEvent.startsWith("BOOKING_") && bookingUid != null;
    }
}
