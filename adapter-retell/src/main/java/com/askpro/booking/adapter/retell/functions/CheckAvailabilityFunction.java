package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.CheckAvailability;
import com.askpro.booking.application.booking.CheckAvailability.Outcome;
import com.askpro.booking.application.booking.ServiceRefusal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** {@code check_availability}: is the wished time free, or what is free that day. */
final class CheckAvailabilityFunction implements AgentFunction {

    private final CheckAvailability useCase;

    CheckAvailabilityFunction(CheckAvailability useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "check_availability";
    }

    @Override
    public FunctionAnswer answer(CallerContext caller, FunctionArgs args, Voice voice) {
        String service = args.requiredText("service", voice.say("die gewünschte Leistung", "the service"));
        LocalDate date = args.optionalDate("date").orElse(null);
        LocalTime time = args.optionalTime("time").orElse(null);
        Outcome outcome = useCase.check(new CheckAvailability.Query(caller, service, args.optionalText("staff").orElse(null),
                date, time));
        if (outcome instanceof ServiceRefusal refusal) {
            return voice.refusal(refusal);
        }
        if (outcome instanceof Outcome.Free free) {
            String name = free.target().service().name();
            String when = voice.spoken(free.wish());
            return new FunctionAnswer.Availability(true, name, null, voice.slots(free.slots()), List.of(),
                    voice.say(when + " ist für " + name + " frei.", when + " is free for " + name + "."));
        }
        if (outcome instanceof Outcome.NotFree notFree) {
            return new FunctionAnswer.Availability(false, notFree.target().service().name(), notFree.reason().code(), List.of(),
                    voice.slots(notFree.alternatives()), voice.explain(notFree.reason()) + " " + voice.offer(notFree.alternatives()));
        }
        if (outcome instanceof Outcome.FreeOnDay day) {
            String spokenDate = voice.speech().date(day.date());
            List<String> times = day.slots().stream().limit(5)
                    .map(s -> voice.speech().time(s.slot().start().atZone(caller.zone()).toLocalTime())).toList();
            return new FunctionAnswer.Availability(true, day.target().service().name(), null, voice.slots(day.slots()), List.of(),
                    voice.say("Am " + spokenDate + " ist zum Beispiel um " + voice.speech().list(times) + " frei.",
                            "On " + spokenDate + " you could come at " + voice.speech().list(times) + "."));
        }
        Outcome.NothingOnDay nothing = (Outcome.NothingOnDay) outcome;
        String spokenDate = voice.speech().date(nothing.date());
        return new FunctionAnswer.Availability(false, nothing.target().service().name(), "no_free_slots", List.of(),
                voice.slots(nothing.alternatives()), voice.say("Am " + spokenDate + " ist leider nichts frei. ",
                        "Nothing is free on " + spokenDate + ". ") + voice.offer(nothing.alternatives()));
    }
}
