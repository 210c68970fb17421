package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.CheckAcrossBranches;
import com.askpro.booking.application.booking.CheckAvailability;
import com.askpro.booking.application.booking.CheckAvailability.Outcome;
import com.askpro.booking.application.booking.ServiceRefusal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** {@code check_availability}: is the wished time free, or what is free that day. */
final class CheckAvailabilityFunction implements AgentFunction {

    private final CheckAvailability useCase;
    private final CheckAcrossBranches across;

    CheckAvailabilityFunction(CheckAvailability useCase, CheckAcrossBranches across) {
        this.useCase = useCase;
        this.across = across;
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
        CheckAvailability.Query query = new CheckAvailability.Query(
                caller, service, args.optionalText("staff").orElse(null), date, time);
        if (caller.branch() == null) {
            return acrossBranches(caller, across.check(query), voice);
        }
        Outcome outcome = useCase.check(query);
        if (outcome instanceof ServiceRefusal refusal) {
            return voice.refusal(refusal);
        }
        if (outcome instanceof Outcome.Free free) {
            String name = free.target().service().name();
            String when = voice.spoken(free.wish());
            return new FunctionAnswer.Availability(
                    true,
                    name,
                    null,
                    voice.slots(free.slots()),
                    List.of(),
                    voice.say(when + " ist für " + name + " frei.", when + " is free for " + name + "."));
        }
        if (outcome instanceof Outcome.NotFree notFree) {
            return new FunctionAnswer.Availability(
                    false,
                    notFree.target().service().name(),
                    notFree.reason().code(),
                    List.of(),
                    voice.slots(notFree.alternatives()),
                    voice.explain(notFree.reason()) + " " + voice.offer(notFree.alternatives()));
        }
        if (outcome instanceof Outcome.FreeOnDay day) {
            String spokenDate = voice.speech().date(day.date());
            List<String> times = day.slots().stream()
                    .limit(5)
                    .map(s -> voice.speech()
                            .time(s.slot().start().atZone(caller.zone()).toLocalTime()))
                    .toList();
            return new FunctionAnswer.Availability(
                    true,
                    day.target().service().name(),
                    null,
                    voice.slots(day.slots()),
                    List.of(),
                    voice.say(
                            "Am " + spokenDate + " ist zum Beispiel um "
                                    + voice.speech().list(times) + " frei.",
                            "On " + spokenDate + " you could come at "
                                    + voice.speech().list(times) + "."));
        }
        Outcome.NothingOnDay nothing = (Outcome.NothingOnDay) outcome;
        return nothingOnDay(nothing, voice);
    }

    private static FunctionAnswer nothingOnDay(Outcome.NothingOnDay nothing, Voice voice) {
        String spokenDate = voice.speech().date(nothing.date());
        return new FunctionAnswer.Availability(
                false,
                nothing.target().service().name(),
                "no_free_slots",
                List.of(),
                voice.slots(nothing.alternatives()),
                voice.say("Am " + spokenDate + " ist leider nichts frei. ", "Nothing is free on " + spokenDate + ". ")
                        + voice.offer(nothing.alternatives()));
    }

    /** A hotline before the branch is chosen: each branch's nearest free times, then "which branch?". */
    private static FunctionAnswer acrossBranches(
            CallerContext caller, CheckAcrossBranches.Outcome outcome, Voice voice) {
        if (outcome instanceof CheckAcrossBranches.Outcome.Refused refused) {
            return voice.refusal(refused.refusal());
        }
        CheckAcrossBranches.Outcome.Offers offers = (CheckAcrossBranches.Outcome.Offers) outcome;
        String name = offers.service().name();
        if (offers.offers().isEmpty()) {
            return new FunctionAnswer.AvailabilityAcrossBranches(
                    false,
                    name,
                    List.of(),
                    voice.say(
                            "In den nächsten sieben Tagen ist für " + name + " in keiner Filiale etwas frei.",
                            "Nothing is free for " + name + " at any branch in the next seven days."));
        }
        List<FunctionAnswer.BranchSlots> branches = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        for (CheckAcrossBranches.BranchOffer offer : offers.offers()) {
            Voice there = Voice.of(caller.at(offer.branch(), caller.call()));
            branches.add(new FunctionAnswer.BranchSlots(
                    offer.branch().name(), offer.branch().address(), there.slots(offer.slots())));
            List<String> times = offer.slots().stream()
                    .map(s -> there.spoken(s.slot().start()))
                    .toList();
            spoken.add(voice.say(
                    "in " + offer.branch().name() + " " + voice.speech().list(times),
                    "at " + offer.branch().name() + " " + voice.speech().list(times)));
        }
        return new FunctionAnswer.AvailabilityAcrossBranches(
                true,
                name,
                branches,
                voice.say(
                        "Für " + name + " ist frei: " + voice.speech().list(spoken)
                                + ". In welcher Filiale möchten Sie buchen?",
                        "Free for " + name + ": " + voice.speech().list(spoken) + ". Which branch would you like?"));
    }
}
