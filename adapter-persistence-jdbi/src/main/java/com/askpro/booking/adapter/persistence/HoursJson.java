package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Mapper: working hours as JSON text in the API's shape ({@code {"mon":[["09:00","18:00"]]}}) and
 * closed days as a JSON array of ISO dates. Only reads what it writes, so no JSON library is needed.
 */
final class HoursJson {

    private static final Pattern DAY =
            Pattern.compile("\"([a-z]{3})\":\\[((?:\\[\"[0-9:]{5}\",\"[0-9:]{5}\"\\],?)*)\\]");
    private static final Pattern INTERVAL = Pattern.compile("\\[\"([0-9:]{5})\",\"([0-9:]{5})\"\\]");
    private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");

    private HoursJson() {}

    static String write(WorkingHours hours) {
        if (hours == null) {
            return null;
        }
        return hours.days().entrySet().stream()
                .map(day -> "\"" + key(day.getKey()) + "\":["
                        + day.getValue().stream()
                                .map(interval -> "[\"" + interval.toString().replace("-", "\",\"") + "\"]")
                                .collect(Collectors.joining(","))
                        + "]")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static WorkingHours readHours(String json) {
        if (json == null) {
            return null;
        }
        Map<DayOfWeek, List<OpeningInterval>> days = new EnumMap<>(DayOfWeek.class);
        Matcher day = DAY.matcher(json);
        while (day.find()) {
            List<OpeningInterval> intervals = new ArrayList<>();
            Matcher interval = INTERVAL.matcher(day.group(2));
            while (interval.find()) {
                intervals.add(OpeningInterval.of(interval.group(1), interval.group(2)));
            }
            days.put(dayOf(day.group(1)), intervals);
        }
        return new WorkingHours(days);
    }

    static String write(Set<LocalDate> closedDays) {
        return new TreeSet<>(closedDays)
                .stream().map(date -> "\"" + date + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    static Set<LocalDate> readDates(String json) {
        Set<LocalDate> dates = new TreeSet<>();
        Matcher date = DATE.matcher(json);
        while (date.find()) {
            dates.add(LocalDate.parse(date.group(1)));
        }
        return dates;
    }

    private static String key(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    private static DayOfWeek dayOf(String key) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (key(day).equals(key)) {
                return day;
            }
        }
        throw new IllegalStateException("stored working hours name an unknown day: " + key);
    }
}
