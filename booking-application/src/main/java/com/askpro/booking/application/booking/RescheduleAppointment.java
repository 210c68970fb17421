package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.availability.Unavailability;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Use case: moves one of the caller's own appointments. Atomic: the new time is secured in the same
 * transaction that releases the old one, so when the new time is taken the old appointment stays
 * exactly as it was. The same staff member is kept when free.
 */
public final class RescheduleAppointment {

    private final CallersAppointments callers;
    private final SlotSearch search;
    private final Services services;
    private final StaffMembers staff;
    private final Appointments appointments;
    private final AfterChange after;
    private final Branches branches;

    public RescheduleAppointment(
            CallersAppointments callers,
            SlotSearch search,
            Services services,
            StaffMembers staff,
            Appointments appointments,
            AfterChange after,
            Branches branches) {
        this.callers = callers;
        this.search = search;
        this.services = services;
        this.staff = staff;
        this.appointments = appointments;
        this.after = after;
        this.branches = branches;
    }

    /** {@code appointmentId} null: the caller's only upcoming appointment; {@code date}, {@code time} local to the branch. */
    public record Command(CallerContext caller, String appointmentId, LocalDate date, LocalTime time) {}

    /** What {@link #reschedule} answers, besides a {@link LookupRefusal} or {@link Busy}. */
    public sealed interface Outcome
            permits Outcome.Moved,
                    Outcome.NotMoved,
                    Outcome.ClashesWithOwn,
                    Outcome.NotReschedulable,
                    LookupRefusal,
                    Busy {

        /** Now at the new time ({@code appointment} is the replacement), or already there. */
        record Moved(Appointment appointment, Target target) implements Outcome {}

        /** The new time is not free; {@code current} stays as it was. */
        record NotMoved(
                Appointment current, Target target, Instant wish, Unavailability reason, List<OfferedSlot> alternatives)
                implements Outcome {}

        /** The new time overlaps {@code other}, another appointment of the same customer; {@code current} stays. */
        record ClashesWithOwn(Appointment current, AppointmentId other) implements Outcome {}

        /** The appointment can no longer be moved (cancelled, moved already, or past). */
        record NotReschedulable(Appointment current) implements Outcome {}
    }

    public Outcome reschedule(Command command) {
        Lookup lookup = callers.find(command.caller(), command.appointmentId(), false);
        if (lookup instanceof LookupRefusal refusal) {
            return refusal;
        }
        Appointment current = ((Lookup.Found) lookup).appointment();
        CallerContext caller = atBranchOf(command.caller(), current);
        Instant wish = SlotSearch.instant(caller, command.date(), command.time());
        Service service = services.find(caller.tenant(), current.serviceId()).orElseThrow();
        List<Staff> atBranch = staff.atBranch(caller.tenant(), current.branchId());
        Target target = new Target(service, atBranch, atBranch);
        if (current.slot().start().equals(wish)) {
            return new Outcome.Moved(current, target);
        }
        List<AvailableSlot> free = search.freeAt(caller, target, wish, current).stream()
                .sorted(Comparator.comparing((AvailableSlot s) -> !Objects.equals(s.staffId(), current.staffId())))
                .toList();
        if (free.isEmpty()) {
            return notMoved(caller, target, current, wish, search.unavailability(caller, target, wish));
        }
        for (AvailableSlot candidate : free) {
            Transition<Appointment.Rescheduled> transition =
                    current.rescheduleTo(AppointmentId.newId(), candidate.slot(), candidate.staffId(), caller.now());
            if (!(transition instanceof Transition.Applied<Appointment.Rescheduled> applied)) {
                return new Outcome.NotReschedulable(current);
            }
            Appointment previous = applied.state().previous();
            WriteOutcome<Appointment> outcome = appointments.replace(
                    caller.tenant(), previous, applied.state().replacement());
            if (outcome instanceof WriteOutcome.Written<Appointment> written) {
                after.rescheduled(caller, previous, written.value());
                return new Outcome.Moved(written.value(), target);
            }
            if (outcome instanceof WriteOutcome.CustomerOverlap<Appointment> overlap) {
                return new Outcome.ClashesWithOwn(current, overlap.existing());
            }
            if (outcome instanceof WriteOutcome.VersionConflict<Appointment>
                    || outcome instanceof WriteOutcome.Busy<Appointment>) {
                return new Busy.ChangedMeanwhile();
            }
        }
        return notMoved(caller, target, current, wish, Unavailability.TAKEN);
    }

    /** An appointment moves within its own branch, whichever number (or hotline) the caller dialled. */
    private CallerContext atBranchOf(CallerContext caller, Appointment appointment) {
        if (caller.branch() != null && caller.branch().id().equals(appointment.branchId())) {
            return caller;
        }
        return branches.find(caller.tenant(), appointment.branchId())
                .map(branch -> caller.at(branch, caller.call()))
                .orElseThrow(() -> new IllegalStateException("appointment " + appointment.id() + " has no branch"));
    }

    private Outcome notMoved(
            CallerContext caller, Target target, Appointment current, Instant wish, Unavailability reason) {
        return new Outcome.NotMoved(current, target, wish, reason, search.alternatives(caller, target, wish, current));
    }
}
