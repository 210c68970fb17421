package com.askpro.booking.domain.time;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A half-open interval of time {@code [start, end)} in UTC instants; {@code start < end}. */
public record TimeSlot(Instant start, Instant end) implements Comparable<TimeSlot> {

    public TimeSlot {
        Require.notNull("start", start);
        Require.notNull("end", end);
        if (!start.isBefore(end)) {
            throw new InvalidValueException("end", "must be after start");
        }
    }

    public static TimeSlot of(Instant start, Duration duration) {
        return new TimeSlot(start, Require.notNull("start", start).plus(Require.positive("duration", duration)));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Half-open overlap: touching slots ({@code a.end == b.start}) do not overlap. */
    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True when {@code other} lies completely within this slot. */
    public boolean encloses(TimeSlot other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** This slot extended at its end, e.g. by a buffer after an appointment. */
    public TimeSlot extendedBy(Duration after) {
        Require.notNegative("after", after);
        return new TimeSlot(start, end.plus(after));
    }

    public TimeSlot movedTo(Instant newStart) {
        return of(newStart, duration());
    }

    public ZonedDateTime startIn(ZoneId zone) {
        return start.atZone(zone);
    }

    public ZonedDateTime endIn(ZoneId zone) {
        return end.atZone(zone);
    }

    @Override
    public int compareTo(TimeSlot other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
