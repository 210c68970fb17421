package com.askpro.booking.domain.availability;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Domain service: when the wished time is taken, the best few other times. Looks at the wished
 * local day and the following {@code daysAhead} days; prefers the same day, then the nearest to the
 * wish in absolute time; one suggestion per start time (the first free staff member at that time).
 */
public final class AlternativeSlotFinder {

    public static final int DEFAULT_LIMIT = 5;
    public static final int DEFAULT_DAYS_AHEAD = 7;

    private final int limit;
    private final int daysAhead;

    public AlternativeSlotFinder() {
        this(DEFAULT_LIMIT, DEFAULT_DAYS_AHEAD);
    }

    public AlternativeSlotFinder(int limit, int daysAhead) {
        if (limit < 1 || limit > 20) {
            throw new InvalidValueException("limit", "must be between 1 and 20");
        }
        if (daysAhead < 0 || daysAhead > 31) {
            throw new InvalidValueException("days_ahead", "must be between 0 and 31");
        }
        this.limit = limit;
        this.daysAhead = daysAhead;
    }

    /**
     * @param wish the wished start
     * @param zone the branch's zone, which decides what "the same day" is
     * @param freeSlotsOn free slots of a local date (e.g. {@link AvailabilityCalculator} or a calendar)
     */
    public List<AvailableSlot> alternatives(
            Instant wish, ZoneId zone, Function<LocalDate, List<AvailableSlot>> freeSlotsOn) {
        Require.notNull("wish", wish);
        Require.notNull("zone", zone);
        LocalDate wishDay = wish.atZone(zone).toLocalDate();
        List<AvailableSlot> candidates = new ArrayList<>();
        for (int day = 0; day <= daysAhead; day++) {
            candidates.addAll(freeSlotsOn.apply(wishDay.plusDays(day)));
        }
        Comparator<AvailableSlot> sameDayFirst = Comparator.comparing((AvailableSlot s) ->
                !s.slot().start().atZone(zone).toLocalDate().equals(wishDay));
        Comparator<AvailableSlot> nearest = Comparator.comparing(
                (AvailableSlot s) -> Duration.between(wish, s.slot().start()).abs());
        candidates.sort(sameDayFirst.thenComparing(nearest).thenComparing(Comparator.naturalOrder()));
        Set<Instant> starts = new HashSet<>();
        List<AvailableSlot> result = new ArrayList<>();
        for (AvailableSlot candidate : candidates) {
            if (result.size() == limit) {
                break;
            }
            Instant start = candidate.slot().start();
            if (!start.equals(wish) && starts.add(start)) {
                result.add(candidate);
            }
        }
        return List.copyOf(result);
    }
}
