package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Weekly opening hours: for each day of the week, sorted, non-overlapping local intervals. A day
 * without intervals is closed. Used for branches and for staff.
 */
public record WorkingHours(Map<DayOfWeek, List<OpeningInterval>> days) {

    public WorkingHours {
        Require.notNull("working_hours", days);
        EnumMap<DayOfWeek, List<OpeningInterval>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, intervals) -> {
            Require.notNull("working_hours.day", day);
            String field = "working_hours." + day.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
            List<OpeningInterval> sorted = new ArrayList<>(Require.noNullElements(field, intervals));
            Collections.sort(sorted);
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new InvalidValueException(
                            field, "has overlapping intervals " + sorted.get(i - 1) + " and " + sorted.get(i));
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, List.copyOf(sorted));
            }
        });
        days = Collections.unmodifiableMap(copy);
    }

    public static WorkingHours closed() {
        return new WorkingHours(Map.of());
    }

    /** The same intervals on each of the given days. */
    public static WorkingHours of(List<DayOfWeek> weekdays, OpeningInterval... intervals) {
        EnumMap<DayOfWeek, List<OpeningInterval>> map = new EnumMap<>(DayOfWeek.class);
        weekdays.forEach(day -> map.put(day, List.of(intervals)));
        return new WorkingHours(map);
    }

    /** A copy with {@code day} set to the given intervals (none = closed). */
    public WorkingHours with(DayOfWeek day, OpeningInterval... intervals) {
        EnumMap<DayOfWeek, List<OpeningInterval>> map = new EnumMap<>(DayOfWeek.class);
        map.putAll(days);
        map.put(day, List.of(intervals));
        return new WorkingHours(map);
    }

    public List<OpeningInterval> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public boolean isOpenOn(DayOfWeek day) {
        return !on(day).isEmpty();
    }

    /** The times both this and {@code other} are working on {@code day}. */
    public List<OpeningInterval> intersectOn(DayOfWeek day, WorkingHours other) {
        List<OpeningInterval> result = new ArrayList<>();
        for (OpeningInterval mine : on(day)) {
            for (OpeningInterval theirs : other.on(day)) {
                OpeningInterval common = mine.intersect(theirs);
                if (common != null) {
                    result.add(common);
                }
            }
        }
        Collections.sort(result);
        return result;
    }
}
