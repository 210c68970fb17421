package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.application.booking.Busy;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.LookupRefusal;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.application.booking.RescheduleAppointment.Outcome;
import com.askpro.booking.domain.appointment.Appointment;
import java.time.LocalDate;
import java.time.LocalTime;

/** {@code reschedule_appointment}: moves one of the caller's own appointments. */
final class RescheduleAppointmentFunction implements AgentFunction {

    private final RescheduleAppointment useCase;

    RescheduleAppointmentFunction(RescheduleAppointment useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "reschedule_appointment";
    }

    @Override
    public FunctionAnswer answer(CallerContext caller, FunctionArgs args, Voice voice) {
        LocalDate date = args.requiredDate("date");
        LocalTime time = args.requiredTime("time");
        Outcome outcome = useCase.reschedule(new RescheduleAppointment.Command(
                caller, args.optionalText("appointment_id").orElse(null), date, time));
        if (outcome instanceof Outcome.Moved moved) {
            Appointment appointment = moved.appointment();
            String when = voice.spoken(appointment.slot().start());
            return new FunctionAnswer.Rescheduling(
                    true,
                    appointment.id().toString(),
                    voice.iso(appointment.slot().start()),
                    voice.iso(appointment.slot().end()),
                    moved.target().staffName(appointment.staffId()),
                    null,
                    null,
                    voice.say("Ihr Termin ist jetzt am " + when + ".", "Your appointment is now on " + when + "."));
        }
        if (outcome instanceof Outcome.NotMoved notMoved) {
            return new FunctionAnswer.Rescheduling(
                    false,
                    notMoved.current().id().toString(),
                    null,
                    null,
                    null,
                    notMoved.reason().code(),
                    voice.slots(notMoved.alternatives()),
                    voice.explain(notMoved.reason()) + " "
                            + voice.say(
                                    "Ihr bisheriger Termin bleibt bestehen. ",
                                    "Your current appointment stays as it is. ")
                            + voice.offer(notMoved.alternatives()));
        }
        if (outcome instanceof Outcome.ClashesWithOwn clash) {
            return new FunctionAnswer.Rescheduling(
                    false,
                    clash.current().id().toString(),
                    null,
                    null,
                    null,
                    "customer_already_booked",
                    null,
                    voice.say(
                            "Zu dieser Zeit haben Sie bereits einen anderen Termin. Ihr bisheriger Termin bleibt bestehen.",
                            "You already have another appointment at that time. Your current appointment stays as it is."));
        }
        if (outcome instanceof LookupRefusal refusal) {
            return voice.refusal(refusal);
        }
        if (outcome instanceof Busy busy) {
            return voice.busy(busy);
        }
        return new FunctionAnswer.Error(
                "not_reschedulable",
                voice.say(
                        "Dieser Termin kann nicht mehr verschoben werden.",
                        "This appointment can no longer be moved."));
    }
}
