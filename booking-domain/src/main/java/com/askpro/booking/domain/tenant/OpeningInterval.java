package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Local wall-clock interval {@code [from, to)} within one day, e.g. 09:00–18:00. */
public record OpeningInterval(LocalTime from, LocalTime to) implements Comparable<OpeningInterval> {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public OpeningInterval {
        Require.notNull("from", from);
        Require.notNull("to", to);
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "must be after 'from' (" + from + ")");
        }
    }

    /** Parses {@code "09:00"} and {@code "18:00"}. */
    public static OpeningInterval of(String from, String to) {
        return new OpeningInterval(parseTime("from", from), parseTime("to", to));
    }

    public static LocalTime parseTime(String field, String text) {
        try {
            return LocalTime.parse(Require.text(field, text, 5), HH_MM);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a time as HH:mm, e.g. 09:30");
        }
    }

    public boolean overlaps(OpeningInterval other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    /** The common part of two intervals, or null if they do not overlap. */
    public OpeningInterval intersect(OpeningInterval other) {
        LocalTime start = from.isAfter(other.from) ? from : other.from;
        LocalTime end = to.isBefore(other.to) ? to : other.to;
        return start.isBefore(end) ? new OpeningInterval(start, end) : null;
    }

    @Override
    public int compareTo(OpeningInterval other) {
        return from.compareTo(other.from);
    }

    @Override
    public String toString() {
        return HH_MM.format(from) + "-" + HH_MM.format(to);
    }
}
