package com.askpro.booking.application.booking;

import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.availability.Unavailability;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Use case: is the wished time free, or what is free that day; when the wish is taken, up to five
 * alternatives within seven days, nearest first.
 */
public final class CheckAvailability {

    private static final int MAX_SLOTS = 12;

    private final SlotSearch search;

    public CheckAvailability(SlotSearch search) {
        this.search = search;
    }

    /** {@code date} null: today at the branch; {@code time} null: the whole day; {@code staff} may be null. */
    public record Query(CallerContext caller, String service, String staff, LocalDate date, LocalTime time) {}

    /** What {@link #check} answers. */
    public sealed interface Outcome
            permits Outcome.Free, Outcome.NotFree, Outcome.FreeOnDay, Outcome.NothingOnDay, ServiceRefusal {

        /** The wished time is free: the slots starting then (one per staff member). */
        record Free(Target target, Instant wish, List<OfferedSlot> slots) implements Outcome {}

        /** The wished time is not free, with the policy's reason and alternatives. */
        record NotFree(Target target, Instant wish, Unavailability reason, List<OfferedSlot> alternatives)
                implements Outcome {}

        /** Free times of the day asked about (at most twelve, one per start). */
        record FreeOnDay(Target target, LocalDate date, List<OfferedSlot> slots) implements Outcome {}

        /** Nothing free that day; alternatives on the following days. */
        record NothingOnDay(Target target, LocalDate date, List<OfferedSlot> alternatives) implements Outcome {}
    }

    public Outcome check(Query query) {
        CallerContext caller = query.caller();
        Resolution resolution = search.resolve(caller, query.service(), query.staff());
        if (resolution instanceof ServiceRefusal refusal) {
            return refusal;
        }
        Target target = (Target) resolution;
        LocalDate date = query.date() == null ? caller.today() : query.date();
        if (query.time() != null) {
            Instant wish = SlotSearch.instant(caller, date, query.time());
            List<AvailableSlot> free = search.freeAt(caller, target, wish, null);
            if (!free.isEmpty()) {
                return new Outcome.Free(target, wish, SlotSearch.offered(target, free));
            }
            return new Outcome.NotFree(
                    target,
                    wish,
                    search.unavailability(caller, target, wish),
                    search.alternatives(caller, target, wish, null));
        }
        List<AvailableSlot> free = SlotSearch.distinctStarts(search.freeOn(caller, target, date, null));
        if (!free.isEmpty()) {
            return new Outcome.FreeOnDay(
                    target, date, SlotSearch.offered(target, free.subList(0, Math.min(MAX_SLOTS, free.size()))));
        }
        Instant from = date.equals(caller.today()) ? caller.now() : SlotSearch.instant(caller, date, LocalTime.NOON);
        return new Outcome.NothingOnDay(target, date, search.alternatives(caller, target, from, null));
    }
}
