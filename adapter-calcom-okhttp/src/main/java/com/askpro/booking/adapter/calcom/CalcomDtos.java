package com.askpro.booking.adapter.calcom;

import java.util.Map;

/** Adapter: Cal.com API v2 wire bodies (package-private; nulls are left out when sending). */
final class CalcomDtos {

    private CalcomDtos() {}

    /** A {@code format=range} slot; {@code end} is absent in {@code format=time}. */
    record SlotItem(String start, String end) {}

    record Attendee(String name, String timeZone, String phoneNumber, String email, String language) {}

    /** Body of {@code POST /v2/bookings} (2024-08-13); {@code start} is UTC. */
    record CreateBooking(String start, long eventTypeId, Attendee attendee, Map<String, String> metadata) {}

    /** Body of {@code POST /v2/bookings/{uid}/reschedule}; {@code start} is UTC. */
    record Reschedule(String start, String reschedulingReason) {}

    /** Body of {@code POST /v2/bookings/{uid}/cancel}; an empty object is valid. */
    record Cancel(String cancellationReason) {}

    /** The parts of {@code BookingOutput_2024_08_13} the adapter reads. */
    record Booking(
            String uid,
            String status,
            String start,
            String end,
            Long eventTypeId,
            Map<String, Object> metadata,
            String rescheduledToUid,
            String rescheduledFromUid) {

        boolean isActive() {
            return status == null || !(status.equalsIgnoreCase("cancelled") || status.equalsIgnoreCase("rejected"));
        }

        Object metadataValue(String key) {
            return metadata == null ? null : metadata.get(key);
        }
    }

    /** The parts of an event type ({@code 2024-06-14}) the adapter reads. */
    record EventType(long id, String title, String slug, Integer lengthInMinutes) {}
}
