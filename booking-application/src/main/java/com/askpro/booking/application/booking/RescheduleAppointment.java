package com.askpro.booking.application.booking;

import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.application.speech.Speech;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.Service;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Use case {@code reschedule_appointment}: moves one of the caller's own appointments. Atomic: the
 * new time is secured in the same transaction that releases the old one, so when the new time is
 * taken the old appointment stays exactly as it was. The same staff member is kept when free.
 */
public final class RescheduleAppointment implements BookingFunction {

    private final CallersAppointments callers;
    private final SlotSearch search;
    private final Services services;
    private final StaffMembers staff;
    private final Appointments appointments;
    private final CallRegistry calls;
    private final CalendarPush push;
    private final LiveUpdates liveUpdates;

    public RescheduleAppointment(CallersAppointments callers, SlotSearch search, Services services, StaffMembers staff,
            Appointments appointments, CallRegistry calls, CalendarPush push, LiveUpdates liveUpdates) {
        this.callers = callers;
        this.search = search;
        this.services = services;
        this.staff = staff;
        this.appointments = appointments;
        this.calls = calls;
        this.push = push;
        this.liveUpdates = liveUpdates;
    }

    /** Moved (with the new appointment's id and times), or not, with a reason and alternatives. */
    public record Answer(boolean rescheduled, String appointmentId, String start, String end, String staff,
            String reason, List<FunctionAnswer.Slot> alternatives, String message) implements FunctionAnswer {
    }

    @Override
    public String name() {
        return "reschedule_appointment";
    }

    @Override
    public FunctionAnswer execute(CallerContext caller, FunctionArgs args) {
        Speech speech = caller.speech();
        Instant wish = search.instant(caller, args.requiredDate("date"), args.requiredTime("time"));
        CallersAppointments.Lookup lookup = callers.find(caller, args.optionalText("appointment_id"), false);
        if (lookup.error() != null) {
            return lookup.error();
        }
        Appointment current = lookup.appointment();
        Service service = services.find(caller.tenant(), current.serviceId()).orElseThrow();
        SlotSearch.Target target = new SlotSearch.Target(service, staff.atBranch(caller.tenant(), current.branchId()),
                staff.atBranch(caller.tenant(), current.branchId()));
        if (current.slot().start().equals(wish)) {
            return moved(caller, target, current);
        }
        List<AvailableSlot> free = search.freeAt(caller, target, wish, current).stream()
                .sorted(Comparator.comparing((AvailableSlot s) -> !Objects.equals(s.staffId(), current.staffId())))
                .toList();
        if (free.isEmpty()) {
            return notMoved(caller, target, current, wish, search.reasonNotFree(caller, target, wish));
        }
        for (AvailableSlot candidate : free) {
            Transition<Appointment.Rescheduled> transition = current.rescheduleTo(AppointmentId.newId(), candidate.slot(),
                    candidate.staffId(), caller.now());
            if (!(transition instanceof Transition.Applied<Appointment.Rescheduled> applied)) {
                return new FunctionAnswer.Error("not_reschedulable", speech.say(
                        "Dieser Termin kann nicht mehr verschoben werden.", "This appointment can no longer be moved."));
            }
            WriteOutcome<Appointment> outcome = appointments.replace(caller.tenant(), applied.state().previous(),
                    applied.state().replacement());
            if (outcome instanceof WriteOutcome.Written<Appointment> written) {
                return afterMove(caller, target, applied.state().previous(), written.value());
            }
            if (outcome instanceof WriteOutcome.VersionConflict<Appointment> || outcome instanceof WriteOutcome.Busy<Appointment>) {
                return new FunctionAnswer.Error("busy", speech.say(
                        "Der Termin wurde gerade geändert. Bitte versuchen Sie es noch einmal.",
                        "The appointment was just changed. Please try again."));
            }
        }
        return notMoved(caller, target, current, wish, "slot_taken");
    }

    private FunctionAnswer afterMove(CallerContext caller, SlotSearch.Target target, Appointment previous, Appointment replacement) {
        push.rescheduled(caller.company(), previous, replacement, caller.now());
        if (caller.call() != null) {
            calls.update(caller.tenant(), caller.call(), call -> CallRegistry.stateAfter(call,
                    call.recordAppointment(replacement.id(), caller.now())));
        }
        liveUpdates.publish(new LiveUpdates.Update(caller.tenant(), LiveUpdates.Kind.APPOINTMENT, previous.id().value(), caller.now()));
        liveUpdates.publish(new LiveUpdates.Update(caller.tenant(), LiveUpdates.Kind.APPOINTMENT, replacement.id().value(), caller.now()));
        return moved(caller, target, replacement);
    }

    private Answer moved(CallerContext caller, SlotSearch.Target target, Appointment appointment) {
        String staffName = target.staffName(appointment.staffId());
        String when = caller.spoken(appointment.slot().start());
        return new Answer(true, appointment.id().toString(), caller.iso(appointment.slot().start()),
                caller.iso(appointment.slot().end()), staffName, null, null,
                caller.speech().say("Ihr Termin ist jetzt am " + when + ".", "Your appointment is now on " + when + "."));
    }

    private Answer notMoved(CallerContext caller, SlotSearch.Target target, Appointment current, Instant wish, String reason) {
        List<AvailableSlot> alternatives = search.alternatives(caller, target, wish, current);
        return new Answer(false, current.id().toString(), null, null, null, reason, SlotSearch.slots(caller, target, alternatives),
                SlotSearch.explain(caller.speech(), reason) + " " + caller.speech().say("Ihr bisheriger Termin bleibt bestehen. ",
                        "Your current appointment stays as it is. ") + SlotSearch.offer(caller, alternatives));
    }
}
