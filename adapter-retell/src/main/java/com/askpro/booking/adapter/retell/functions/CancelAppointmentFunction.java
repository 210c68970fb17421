package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.application.booking.Busy;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.CancelAppointment.Outcome;
import com.askpro.booking.application.booking.LookupRefusal;

/** {@code cancel_appointment}: cancels one of the caller's own appointments. */
final class CancelAppointmentFunction implements AgentFunction {

    private final CancelAppointment useCase;

    CancelAppointmentFunction(CancelAppointment useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "cancel_appointment";
    }

    @Override
    public FunctionAnswer answer(CallerContext caller, FunctionArgs args, Voice voice) {
        String reason = args.optionalText("reason").orElse(null);
        Outcome outcome = useCase.cancel(new CancelAppointment.Command(
                caller, args.optionalText("appointment_id").orElse(null), reason));
        if (outcome instanceof Outcome.Cancelled cancelled) {
            String when = voice.spoken(cancelled.appointment().slot().start());
            return new FunctionAnswer.Cancellation(
                    true,
                    cancelled.appointment().id().toString(),
                    voice.say(
                            "Ihr Termin am " + when + " ist abgesagt.",
                            "Your appointment on " + when + " is cancelled."));
        }
        if (outcome instanceof LookupRefusal refusal) {
            return voice.refusal(refusal);
        }
        if (outcome instanceof Busy busy) {
            return voice.busy(busy);
        }
        return new FunctionAnswer.Error(
                "not_cancellable",
                voice.say(
                        "Dieser Termin wurde bereits verschoben und kann so nicht abgesagt werden.",
                        "This appointment was moved and cannot be cancelled as such."));
    }
}
