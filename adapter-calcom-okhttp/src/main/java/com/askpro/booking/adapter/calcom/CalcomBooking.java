package com.askpro.booking.adapter.calcom;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Adapter: a booking as Cal.com holds it, for reconciliation; {@code appointmentId} is ours from
 * its metadata (null for bookings made outside AskPro).
 */
public record CalcomBooking(String uid, String status, Instant start, Instant end, Long eventTypeId,
        String appointmentId, String rescheduledFromUid, String rescheduledToUid) {

    static CalcomBooking from(CalcomDtos.Booking booking) {
        Object appointment = booking.metadataValue(CalcomWrites.APPOINTMENT_KEY);
        return new CalcomBooking(booking.uid(), booking.status(), instant(booking.start()), instant(booking.end()),
                booking.eventTypeId(), appointment == null ? null : appointment.toString(),
                booking.rescheduledFromUid(), booking.rescheduledToUid());
    }

    /** Accepted or pending, i.e. neither cancelled nor rejected. */
    public boolean isActive() {
        return status == null || !(status.equalsIgnoreCase("cancelled") || status.equalsIgnoreCase("rejected"));
    }

    static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }
}
