package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;

/**
 * Use case: cancels one of the caller's own appointments and frees its time. Cancelling an
 * appointment that is already cancelled is a successful no-op.
 */
public final class CancelAppointment {

    private static final int MAX_VERSION_RETRIES = 3;

    private final CallersAppointments callers;
    private final Appointments appointments;
    private final AfterChange after;

    public CancelAppointment(CallersAppointments callers, Appointments appointments, AfterChange after) {
        this.callers = callers;
        this.appointments = appointments;
        this.after = after;
    }

    /** {@code appointmentId} null: the caller's only upcoming appointment; {@code reason} may be null. */
    public record Command(CallerContext caller, String appointmentId, String reason) {}

    /** What {@link #cancel} answers, besides a {@link LookupRefusal} or {@link Busy}. */
    public sealed interface Outcome permits Outcome.Cancelled, Outcome.NotCancellable, LookupRefusal, Busy {

        /** The appointment is (now, or already was) cancelled. */
        record Cancelled(Appointment appointment) implements Outcome {}

        /** It was moved, so it cannot be cancelled as such. */
        record NotCancellable(Appointment appointment) implements Outcome {}
    }

    public Outcome cancel(Command command) {
        CallerContext caller = command.caller();
        Lookup lookup = callers.find(caller, command.appointmentId(), true);
        if (lookup instanceof LookupRefusal refusal) {
            return refusal;
        }
        Appointment appointment = ((Lookup.Found) lookup).appointment();
        String reason = command.reason() == null ? "cancelled by caller" : command.reason();
        for (int attempt = 1; attempt <= MAX_VERSION_RETRIES; attempt++) {
            Transition<Appointment> transition = appointment.cancel(reason, caller.now());
            if (transition instanceof Transition.Ignored<Appointment>) {
                return new Outcome.Cancelled(appointment);
            }
            if (transition instanceof Transition.Refused<Appointment>) {
                return new Outcome.NotCancellable(appointment);
            }
            if (appointments.update(caller.tenant(), transition.state())
                    instanceof WriteOutcome.Written<Appointment> written) {
                after.cancelled(caller, written.value(), command.reason());
                return new Outcome.Cancelled(written.value());
            }
            appointment = appointments.find(caller.tenant(), appointment.id()).orElseThrow();
        }
        return new Busy.ChangedMeanwhile();
    }
}
