package com.askpro.booking.application.booking;

import com.askpro.booking.application.speech.Speech;
import com.askpro.booking.domain.availability.AvailableSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Use case {@code check_availability}: is the wished time free, or what is free that day; when the
 * wish is taken, up to five alternatives within seven days, nearest first.
 */
public final class CheckAvailability implements BookingFunction {

    private static final int MAX_SLOTS = 12;

    private final SlotSearch search;

    public CheckAvailability(SlotSearch search) {
        this.search = search;
    }

    /** The answer; {@code reason} only when the wished time is not free. */
    public record Answer(boolean available, String service, String reason, List<FunctionAnswer.Slot> slots,
            List<FunctionAnswer.Slot> alternatives, String message) implements FunctionAnswer {
    }

    @Override
    public String name() {
        return "check_availability";
    }

    @Override
    public FunctionAnswer execute(CallerContext caller, FunctionArgs args) {
        Speech speech = caller.speech();
        String spokenService = args.requiredText("service", speech.say("die gewünschte Leistung", "the service"));
        LocalDate date = args.optionalDate("date").orElse(caller.now().atZone(caller.branch().timeZone()).toLocalDate());
        Optional<LocalTime> time = args.optionalTime("time");
        SlotSearch.Resolution resolution = search.resolve(caller, spokenService, args.optionalText("staff").orElse(null));
        if (resolution.error() != null) {
            return resolution.error();
        }
        SlotSearch.Target target = resolution.target();
        String service = target.service().name();
        if (time.isPresent()) {
            Instant wish = search.instant(caller, date, time.get());
            List<AvailableSlot> free = search.freeAt(caller, target, wish, null);
            if (!free.isEmpty()) {
                return new Answer(true, service, null, SlotSearch.slots(caller, target, free), List.of(),
                        speech.say(caller.spoken(wish) + " ist für " + service + " frei.",
                                caller.spoken(wish) + " is free for " + service + "."));
            }
            String reason = search.reasonNotFree(caller, target, wish);
            List<AvailableSlot> alternatives = search.alternatives(caller, target, wish, null);
            return new Answer(false, service, reason, List.of(), SlotSearch.slots(caller, target, alternatives),
                    SlotSearch.explain(speech, reason) + " " + SlotSearch.offer(caller, alternatives));
        }
        List<AvailableSlot> free = SlotSearch.distinctStarts(search.freeOn(caller, target, date, null));
        if (!free.isEmpty()) {
            List<AvailableSlot> shown = free.subList(0, Math.min(MAX_SLOTS, free.size()));
            List<String> times = shown.stream().limit(5).map(s -> speech.time(s.slot().start().atZone(caller.branch().timeZone()).toLocalTime())).toList();
            return new Answer(true, service, null, SlotSearch.slots(caller, target, shown), List.of(),
                    speech.say("Am " + speech.date(date) + " ist zum Beispiel um " + speech.list(times) + " frei.",
                            "On " + speech.date(date) + " you could come at " + speech.list(times) + "."));
        }
        Instant from = date.equals(caller.now().atZone(caller.branch().timeZone()).toLocalDate())
                ? caller.now() : search.instant(caller, date, LocalTime.NOON);
        List<AvailableSlot> alternatives = search.alternatives(caller, target, from, null);
        return new Answer(false, service, "no_free_slots", List.of(), SlotSearch.slots(caller, target, alternatives),
                speech.say("Am " + speech.date(date) + " ist leider nichts frei. ", "Nothing is free on " + speech.date(date) + ". ")
                        + SlotSearch.offer(caller, alternatives));
    }
}
