package com.askpro.booking.application.notification;

import java.time.Instant;

/**
 * The calendar entry an e-mail carries, in booking terms; the mail adapter writes it as iCalendar
 * ({@code .ics}). {@code uid} stays the same for a booking across reschedules; {@code sequence}
 * counts its changes. {@code cancel}: the entry is withdrawn (METHOD:CANCEL), otherwise it is
 * offered or updated (METHOD:REQUEST).
 */
public record CalendarInvite(
        String uid,
        int sequence,
        boolean cancel,
        Instant start,
        Instant end,
        String summary,
        String location,
        String description,
        String organizerName,
        String organizerEmail,
        String attendeeName,
        String attendeeEmail,
        Instant stamp) {}
