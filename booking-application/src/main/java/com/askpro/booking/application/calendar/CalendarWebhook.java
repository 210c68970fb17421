package com.askpro.booking.application.calendar;

import com.askpro.booking.domain.time.TimeSlot;
import java.time.Instant;
import java.util.Optional;

/**
 * What a calendar webhook (Cal.com) says about one booking: the {@code trigger}
 * ({@code BOOKING_CREATED}, ...), the booking's {@code bookingUid}, on a reschedule the
 * {@code previousUid} of the booking it replaced, its times, and the ids we wrote into its metadata
 * ({@code appointmentId}, {@code companyId}; null for bookings not made by us). {@code dedupeKey}
 * stands in for the event id the sender does not provide.
 */
public record CalendarWebhook(
        String trigger,
        String bookingUid,
        String previousUid,
        Instant start,
        Instant end,
        String appointmentId,
        String companyId,
        String dedupeKey) {

    public CalendarWebhook {
        if (trigger == null || trigger.isBlank() || dedupeKey == null || dedupeKey.isBlank()) {
            throw new IllegalArgumentException("a calendar webhook needs a trigger and a dedupe key");
        }
    }

    /** The booking's time, when the webhook carries a valid one. */
    public Optional<TimeSlot> slot() {
        return start == null || end == null || !end.isAfter(start)
                ? Optional.empty()
                : Optional.of(new TimeSlot(start, end));
    }
}
