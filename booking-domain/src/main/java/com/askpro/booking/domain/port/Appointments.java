package com.askpro.booking.domain.port;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: appointments. The implementation guarantees, in the database and across server
 * instances, that no two appointments holding time overlap on the same resource (their
 * {@link Appointment#blockedTime()}s): a conflicting write answers {@code SlotTaken}; and that no
 * customer holds two appointments whose slots overlap: {@code CustomerOverlap}.
 */
public interface Appointments {

    /** {@code Written}, {@code CustomerOverlap}, {@code SlotTaken}, or {@code Busy} when a lock timed out. */
    default WriteOutcome<Appointment> add(TenantContext tenant, Appointment appointment) {
        return add(tenant, appointment, List.of());
    }

    /**
     * As {@link #add(TenantContext, Appointment)}, and records {@code notices} (the messages that
     * announce the change) in the same transaction: both are stored, or neither. A notice whose
     * idempotency key is already stored is left out.
     */
    WriteOutcome<Appointment> add(TenantContext tenant, Appointment appointment, List<Notification> notices);

    /**
     * Stores a reschedule atomically: {@code replacement} is inserted and {@code previous} (now
     * rescheduled) updated in one transaction, or nothing changes. {@code Written(replacement)},
     * {@code CustomerOverlap}, {@code SlotTaken}, {@code VersionConflict} or {@code Busy}.
     */
    default WriteOutcome<Appointment> replace(TenantContext tenant, Appointment previous, Appointment replacement) {
        return replace(tenant, previous, replacement, List.of());
    }

    /** As {@link #replace(TenantContext, Appointment, Appointment)}, with {@code notices} in the same transaction. */
    WriteOutcome<Appointment> replace(
            TenantContext tenant, Appointment previous, Appointment replacement, List<Notification> notices);

    /** Updates status or sync state. {@code Written} (version advanced) or {@code VersionConflict}. */
    default WriteOutcome<Appointment> update(TenantContext tenant, Appointment appointment) {
        return update(tenant, appointment, List.of());
    }

    /** As {@link #update(TenantContext, Appointment)}, with {@code notices} in the same transaction. */
    WriteOutcome<Appointment> update(TenantContext tenant, Appointment appointment, List<Notification> notices);

    Optional<Appointment> find(TenantContext tenant, AppointmentId id);

    /** The tenant's appointment known to its external calendar as {@code externalUid}, newest first. */
    Optional<Appointment> findByExternalUid(TenantContext tenant, String externalUid);

    /** Appointments at {@code branch} (any resource) that hold time overlapping {@code window}. */
    List<Appointment> holdingTime(TenantContext tenant, BranchId branch, TimeSlot window);

    /** The customer's appointments that hold time and end after {@code now}, soonest first. */
    List<Appointment> upcomingFor(TenantContext tenant, CustomerId customer, Instant now);

    /** The appointment a call already booked for this service and start, if any (idempotency). */
    Optional<Appointment> bookedByCall(TenantContext tenant, CallId call, ServiceId service, Instant start);

    Page<Appointment> list(TenantContext tenant, Query query, PageRequest page);

    /** Filters for listing; null fields do not filter. Ordered by start. */
    record Query(BranchId branch, AppointmentStatus status, Instant startsFrom, Instant startsBefore) {
        public static final Query ALL = new Query(null, null, null, null);
    }
}
