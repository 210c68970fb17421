package com.askpro.booking.application.booking;

import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;
import java.util.Optional;

/**
 * Use case {@code cancel_appointment}: cancels one of the caller's own appointments and frees its
 * time. Cancelling an appointment that is already cancelled is a successful no-op.
 */
public final class CancelAppointment implements BookingFunction {

    private static final int MAX_VERSION_RETRIES = 3;

    private final CallersAppointments callers;
    private final Appointments appointments;
    private final CallRegistry calls;
    private final CalendarPush push;
    private final LiveUpdates liveUpdates;

    public CancelAppointment(CallersAppointments callers, Appointments appointments, CallRegistry calls, CalendarPush push,
            LiveUpdates liveUpdates) {
        this.callers = callers;
        this.appointments = appointments;
        this.calls = calls;
        this.push = push;
        this.liveUpdates = liveUpdates;
    }

    /** Whether the appointment is (now) cancelled. */
    public record Answer(boolean cancelled, String appointmentId, String message) implements FunctionAnswer {
    }

    @Override
    public String name() {
        return "cancel_appointment";
    }

    @Override
    public FunctionAnswer execute(CallerContext caller, FunctionArgs args) {
        Optional<String> reason = args.optionalText("reason");
        CallersAppointments.Lookup lookup = callers.find(caller, args.optionalText("appointment_id"), true);
        if (lookup.error() != null) {
            return lookup.error();
        }
        Appointment appointment = lookup.appointment();
        for (int attempt = 1; attempt <= MAX_VERSION_RETRIES; attempt++) {
            Transition<Appointment> transition = appointment.cancel(reason.orElse("cancelled by caller"), caller.now());
            if (transition instanceof Transition.Ignored<Appointment>) {
                return cancelled(caller, appointment);
            }
            if (transition instanceof Transition.Refused<Appointment>) {
                return new FunctionAnswer.Error("not_cancellable", caller.speech().say(
                        "Dieser Termin wurde bereits verschoben und kann so nicht abgesagt werden.",
                        "This appointment was moved and cannot be cancelled as such."));
            }
            if (appointments.update(caller.tenant(), transition.state()) instanceof WriteOutcome.Written<Appointment> written) {
                push.cancelled(caller.company(), written.value(), reason.orElse(null), caller.now());
                Appointment stored = written.value();
                if (caller.call() != null) {
                    calls.update(caller.tenant(), caller.call(), call -> CallRegistry.stateAfter(call,
                            call.recordAppointment(stored.id(), caller.now())));
                }
                liveUpdates.publish(new LiveUpdates.Update(caller.tenant(), LiveUpdates.Kind.APPOINTMENT,
                        stored.id().value(), caller.now()));
                return cancelled(caller, written.value());
            }
            appointment = appointments.find(caller.tenant(), appointment.id()).orElseThrow();
        }
        return new FunctionAnswer.Error("busy", caller.speech().say(
                "Der Termin wurde gerade geändert. Bitte versuchen Sie es noch einmal.", "The appointment was just changed. Please try again."));
    }

    private static Answer cancelled(CallerContext caller, Appointment appointment) {
        return new Answer(true, appointment.id().toString(), caller.speech().say(
                "Ihr Termin am " + caller.spoken(appointment.slot().start()) + " ist abgesagt.",
                "Your appointment on " + caller.spoken(appointment.slot().start()) + " is cancelled."));
    }
}
