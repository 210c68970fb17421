package com.askpro.booking.domain.appointment;

import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.time.BookingResource;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A booked service for a customer at a branch, optionally with a staff member, over a half-open
 * {@code slot} in UTC (the branch {@code zone} is kept for speaking and showing it).
 *
 * <p>Lifecycle: {@link #book} creates it {@code BOOKED}; it may be {@link #confirm confirmed};
 * {@link #cancel} and {@link #rescheduleTo} end it ({@code CANCELLED}, or {@code RESCHEDULED} with
 * a new appointment taking over). Final appointments refuse every further change. While it holds
 * its time it blocks its {@link #resource()} for the slot plus the service's {@code buffer}.
 * Staff may mark the customer's {@code attendance} ({@link #markArrived}, {@link #markNoShow}; null:
 * not marked); a marked appointment keeps its time but can no longer be moved or confirmed, and an
 * arrived one no longer be cancelled.
 * Independently, {@code syncStatus} tracks the external calendar. {@code version} is the
 * optimistic-concurrency version of the stored row; transitions leave it unchanged and the
 * repository advances it on update. Build a new one with {@link #book}; the canonical constructor
 * is for reconstitution.
 */
public record Appointment(
        AppointmentId id,
        CompanyId companyId,
        BranchId branchId,
        ServiceId serviceId,
        StaffId staffId,
        CustomerId customerId,
        TimeSlot slot,
        Duration buffer,
        ZoneId zone,
        AppointmentStatus status,
        SyncStatus syncStatus,
        String externalUid,
        CallId sourceCallId,
        AppointmentId rescheduledFrom,
        String notes,
        String statusReason,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Attendance attendance) {

    /** Longest notes (multi-line) accepted. */
    public static final int MAX_NOTES = 1000;
    /** Longest external calendar uid accepted. */
    public static final int MAX_EXTERNAL_UID = 200;

    public Appointment {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        Require.notNull("branch_id", branchId);
        Require.notNull("service_id", serviceId);
        // customerId is null only after the customer's data was erased (GDPR Art. 17): the
        // appointment stays in the figures without a link to a person. Booking always needs one.
        Require.notNull("slot", slot);
        buffer = buffer == null ? Duration.ZERO : Require.notNegative("buffer", buffer);
        Require.notNull("zone", zone);
        Require.notNull("status", status);
        Require.notNull("sync_status", syncStatus);
        externalUid = Require.optionalLine("external_uid", externalUid, MAX_EXTERNAL_UID);
        notes = validNotes(notes);
        statusReason = Require.optionalText("reason", statusReason, 500);
        if (version < 0) {
            throw new InvalidValueException("version", "must not be negative");
        }
        Require.notNull("created_at", createdAt);
        Require.notNull("updated_at", updatedAt);
    }

    /** Reconstitution without an attendance mark (as before staff could mark one). */
    public Appointment(
            AppointmentId id,
            CompanyId companyId,
            BranchId branchId,
            ServiceId serviceId,
            StaffId staffId,
            CustomerId customerId,
            TimeSlot slot,
            Duration buffer,
            ZoneId zone,
            AppointmentStatus status,
            SyncStatus syncStatus,
            String externalUid,
            CallId sourceCallId,
            AppointmentId rescheduledFrom,
            String notes,
            String statusReason,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        this(
                id,
                companyId,
                branchId,
                serviceId,
                staffId,
                customerId,
                slot,
                buffer,
                zone,
                status,
                syncStatus,
                externalUid,
                sourceCallId,
                rescheduledFrom,
                notes,
                statusReason,
                version,
                createdAt,
                updatedAt,
                null);
    }

    /** Notes as an appointment keeps them (trimmed, at most {@value #MAX_NOTES} characters, no NUL or control characters but line breaks and tabs); unusable notes are an {@link InvalidValueException}. */
    public static String validNotes(String notes) {
        return Require.optionalText("notes", notes, MAX_NOTES);
    }

    /** Everything needed to book; {@code staffId} and {@code sourceCallId} may be null. */
    public record Request(
            CompanyId companyId,
            BranchId branchId,
            ServiceId serviceId,
            StaffId staffId,
            CustomerId customerId,
            TimeSlot slot,
            Duration buffer,
            ZoneId zone,
            CallId sourceCallId,
            String notes) {}

    /**
     * A new {@code BOOKED} appointment. With an external calendar it starts {@code PENDING} sync,
     * otherwise {@code LOCAL}.
     */
    public static Appointment book(AppointmentId id, Request request, boolean externalCalendar, Instant now) {
        Require.notNull("request", request);
        Require.notNull("customer_id", request.customerId());
        return new Appointment(
                id,
                request.companyId(),
                request.branchId(),
                request.serviceId(),
                request.staffId(),
                request.customerId(),
                request.slot(),
                request.buffer(),
                request.zone(),
                AppointmentStatus.BOOKED,
                externalCalendar ? SyncStatus.PENDING : SyncStatus.LOCAL,
                null,
                request.sourceCallId(),
                null,
                request.notes(),
                null,
                0,
                now,
                now);
    }

    /** The staff member, or the branch when booked without staff. */
    public BookingResource resource() {
        return staffId == null ? BookingResource.branch(branchId) : BookingResource.staff(staffId);
    }

    /** The time this appointment keeps its resource busy: the slot plus the buffer after it. */
    public TimeSlot blockedTime() {
        return slot.extendedBy(buffer);
    }

    public boolean holdsTime() {
        return status.holdsTime();
    }

    public boolean isUpcomingAt(Instant now) {
        return holdsTime() && slot.end().isAfter(now);
    }

    public boolean belongsTo(CustomerId customer) {
        return customerId != null && customerId.equals(customer);
    }

    public Optional<StaffId> staff() {
        return Optional.ofNullable(staffId);
    }

    public Transition<Appointment> confirm(Instant now) {
        if (attendance != null && !status.isFinal()) {
            return refusedBecauseAttended("confirm");
        }
        return switch (status) {
            case CONFIRMED -> Transition.ignored(this, "already confirmed");
            case BOOKED -> Transition.applied(with(AppointmentStatus.CONFIRMED, syncStatus, statusReason, now));
            case CANCELLED, RESCHEDULED -> refusedBecauseFinal("confirm");
        };
    }

    /** Cancels; cancelling a cancelled appointment is a no-op, a rescheduled one is refused. */
    public Transition<Appointment> cancel(String reason, Instant now) {
        if (attendance == Attendance.ARRIVED && !status.isFinal()) {
            return refusedBecauseAttended("cancel");
        }
        return switch (status) {
            case CANCELLED -> Transition.ignored(this, "already cancelled");
            case RESCHEDULED -> refusedBecauseFinal("cancel");
            case BOOKED, CONFIRMED ->
                Transition.applied(with(AppointmentStatus.CANCELLED, syncAfterChange(), reason, now));
        };
    }

    /** The result of a reschedule: this appointment, ended, and the one that replaces it. */
    public record Rescheduled(Appointment previous, Appointment replacement) {}

    /**
     * Moves to {@code newSlot} (and optionally another staff member): this appointment becomes
     * {@code RESCHEDULED} and a new one, linked by {@code rescheduledFrom}, takes over the booking.
     * The caller must store both atomically, securing the new time before releasing the old.
     */
    public Transition<Rescheduled> rescheduleTo(AppointmentId newId, TimeSlot newSlot, StaffId newStaff, Instant now) {
        Require.notNull("new_slot", newSlot);
        if (status.isFinal()) {
            return refusedBecauseFinal("reschedule");
        }
        if (attendance != null) {
            return refusedBecauseAttended("reschedule");
        }
        if (newSlot.equals(slot) && java.util.Objects.equals(newStaff, staffId)) {
            return Transition.ignored(new Rescheduled(this, this), "already at that time");
        }
        Appointment previous = with(AppointmentStatus.RESCHEDULED, syncAfterChange(), "rescheduled", now);
        Appointment replacement = new Appointment(
                newId,
                companyId,
                branchId,
                serviceId,
                newStaff,
                customerId,
                newSlot,
                buffer,
                zone,
                AppointmentStatus.BOOKED,
                syncStatus == SyncStatus.LOCAL ? SyncStatus.LOCAL : SyncStatus.PENDING,
                null,
                sourceCallId,
                id,
                notes,
                null,
                0,
                now,
                now);
        return Transition.applied(new Rescheduled(previous, replacement));
    }

    /** The external calendar accepted the current state under {@code uid}. */
    public Transition<Appointment> markSynced(String uid, Instant now) {
        if (syncStatus == SyncStatus.LOCAL) {
            return Transition.refused("not_external", "appointment lives in the built-in calendar");
        }
        Appointment synced = new Appointment(
                id,
                companyId,
                branchId,
                serviceId,
                staffId,
                customerId,
                slot,
                buffer,
                zone,
                status,
                SyncStatus.SYNCED,
                uid == null ? externalUid : uid,
                sourceCallId,
                rescheduledFrom,
                notes,
                statusReason,
                version,
                createdAt,
                now,
                attendance);
        return syncStatus == SyncStatus.SYNCED && java.util.Objects.equals(synced.externalUid(), externalUid)
                ? Transition.ignored(this, "already synced")
                : Transition.applied(synced);
    }

    /** The external calendar refused it (e.g. the time was taken there meanwhile): flag for staff. */
    public Transition<Appointment> markConflict(String reason, Instant now) {
        if (syncStatus == SyncStatus.LOCAL) {
            return Transition.refused("not_external", "appointment lives in the built-in calendar");
        }
        if (syncStatus == SyncStatus.CONFLICT) {
            return Transition.ignored(this, "already flagged");
        }
        return Transition.applied(with(status, SyncStatus.CONFLICT, reason, now));
    }

    /**
     * Staff mark the customer as arrived. Refused on a cancelled or moved appointment and before its
     * day (at the branch); a no-show mark may be corrected by a late arrival; arriving twice is a no-op.
     */
    public Transition<Appointment> markArrived(Instant now) {
        Require.notNull("now", now);
        if (status.isFinal()) {
            return refusedBecauseFinal("mark arrived");
        }
        if (attendance == Attendance.ARRIVED) {
            return Transition.ignored(this, "already arrived");
        }
        if (now.atZone(zone).toLocalDate().isBefore(slot.start().atZone(zone).toLocalDate())) {
            return Transition.refused("not_today", "a customer can arrive on the day of the appointment, not before");
        }
        return Transition.applied(attended(Attendance.ARRIVED, now));
    }

    /**
     * Staff mark the customer as not come. Only once the appointment has started, never on a
     * cancelled or moved one, nor on one whose customer arrived; marking twice is a no-op.
     */
    public Transition<Appointment> markNoShow(Instant now) {
        Require.notNull("now", now);
        if (status.isFinal()) {
            return refusedBecauseFinal("mark as no-show");
        }
        if (attendance == Attendance.NO_SHOW) {
            return Transition.ignored(this, "already marked as no-show");
        }
        if (attendance == Attendance.ARRIVED) {
            return refusedBecauseAttended("mark as no-show");
        }
        if (now.isBefore(slot.start())) {
            return Transition.refused("not_started", "no-show only once the appointment has started");
        }
        return Transition.applied(attended(Attendance.NO_SHOW, now));
    }

    private Appointment attended(Attendance mark, Instant now) {
        return new Appointment(
                id,
                companyId,
                branchId,
                serviceId,
                staffId,
                customerId,
                slot,
                buffer,
                zone,
                status,
                syncStatus,
                externalUid,
                sourceCallId,
                rescheduledFrom,
                notes,
                statusReason,
                version,
                createdAt,
                now,
                mark);
    }

    private <T> Transition<T> refusedBecauseAttended(String action) {
        String mark = attendance.name().toLowerCase(java.util.Locale.ROOT);
        return Transition.refused("appointment_" + mark, "cannot " + action + " an appointment marked " + mark);
    }

    private SyncStatus syncAfterChange() {
        return syncStatus == SyncStatus.LOCAL ? SyncStatus.LOCAL : SyncStatus.PENDING;
    }

    private <T> Transition<T> refusedBecauseFinal(String action) {
        return Transition.refused(
                "appointment_" + status.name().toLowerCase(java.util.Locale.ROOT),
                "cannot " + action + " an appointment that is " + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Appointment with(AppointmentStatus newStatus, SyncStatus newSync, String reason, Instant now) {
        return new Appointment(
                id,
                companyId,
                branchId,
                serviceId,
                staffId,
                customerId,
                slot,
                buffer,
                zone,
                newStatus,
                newSync,
                externalUid,
                sourceCallId,
                rescheduledFrom,
                notes,
                reason,
                version,
                createdAt,
                now,
                attendance);
    }
}
