package com.askpro.booking.application.port;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Outbound port: the dashboard's aggregates (counted by the database) and searches. Every read is
 * scoped to the tenant; another tenant's rows never count and never come back.
 */
public interface DashboardQueries {

    /**
     * Width of a counting bucket. Every time zone's offset from UTC is a multiple of 15 minutes, so
     * buckets aligned to the epoch fold exactly into the local hours and days of any zone.
     */
    Duration BUCKET = Duration.ofMinutes(15);

    /** Calls created in the bucket starting at {@code bucket}, and how many of them are linked to an appointment. */
    record CallCount(Instant bucket, long calls, long booked) {}

    /** Appointments booked (created, not as the new half of a move) in the bucket starting at {@code bucket}. */
    record BookingCount(Instant bucket, long bookings) {}

    /** Non-empty buckets of calls created in {@code [from, before)}, oldest first. */
    List<CallCount> callCounts(TenantContext tenant, Instant from, Instant before);

    /** Non-empty buckets of appointments booked in {@code [from, before)}, oldest first. */
    List<BookingCount> bookingCounts(TenantContext tenant, Instant from, Instant before);

    /**
     * Calls newest first, of all time: those from {@code caller} (found by the keyed hash of the
     * number, nothing decrypted), else those linked to one of {@code customers}, else all (both null).
     */
    Page<Call> calls(TenantContext tenant, PhoneNumber caller, Set<CustomerId> customers, PageRequest page);

    /** Appointments of all time, latest start first: those of {@code customers}, or all ({@code customers} null). */
    Page<Appointment> appointments(TenantContext tenant, Set<CustomerId> customers, PageRequest page);
}
