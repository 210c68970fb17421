package com.askpro.booking.domain.availability;

import com.askpro.booking.domain.tenant.BookingPolicy;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Why a wished start time cannot be booked when the calendar has nothing free at it, judged by
 * the company's booking policy and the branch's working hours, in this order: in the past, too
 * short notice, beyond the booking window, outside working hours, otherwise taken.
 */
public enum Unavailability {
    IN_PAST("in_past"),
    TOO_SOON("too_soon"),
    BEYOND_WINDOW("beyond_window"),
    OUTSIDE_HOURS("outside_hours"),
    TAKEN("slot_taken");

    private final String code;

    Unavailability(String code) {
        this.code = code;
    }

    /** The stable reason code, e.g. {@code slot_taken}. */
    public String code() {
        return code;
    }

    /** Why {@code wish} (for a service lasting {@code duration}) is not free at {@code branch} at {@code now}. */
    public static Unavailability of(BookingPolicy policy, Branch branch, Duration duration, Instant wish, Instant now) {
        if (!wish.isAfter(now)) {
            return IN_PAST;
        }
        if (wish.isBefore(now.plus(policy.minimumNotice()))) {
            return TOO_SOON;
        }
        ZoneId zone = branch.timeZone();
        ZonedDateTime local = wish.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        if (local.toLocalDate().isAfter(today.plusDays(policy.bookingWindowDays()))) {
            return BEYOND_WINDOW;
        }
        TimeSlot wanted = TimeSlot.of(wish, duration);
        LocalDate date = local.toLocalDate();
        boolean withinHours = branch.isOpenOn(date)
                && branch.workingHours().on(local.getDayOfWeek()).stream()
                        .anyMatch(interval -> open(date, interval, zone).encloses(wanted));
        return withinHours ? TAKEN : OUTSIDE_HOURS;
    }

    private static TimeSlot open(LocalDate date, OpeningInterval interval, ZoneId zone) {
        return new TimeSlot(
                ZonedDateTime.of(date, interval.from(), zone).toInstant(),
                ZonedDateTime.of(date, interval.to(), zone).toInstant());
    }
}
