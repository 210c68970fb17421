package com.askpro.booking.application.calendar;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.tenant.Company;
import java.time.Duration;
import java.time.Instant;

/**
 * The one calendar-sync policy: whose appointments go to an external calendar, and what happens
 * when that calendar cannot be reached. The push right after a booking ({@code CalendarPush}) and
 * the background sync ({@link SyncAppointment}) both decide through it.
 * <ul>
 * <li>A company's calendar is external when the deployment has an external calendar (Cal.com) and
 * the company has credentials for it; otherwise it is the built-in calendar and needs no sync.</li>
 * <li>Unreachable: try again after the calendar's own {@code retryAfter}, else after
 * {@link #FIRST_RETRY}; when that would be after the appointment starts, give up and flag it for
 * staff ({@code CONFLICT}) — a booking is never silently left unsynced.</li>
 * </ul>
 */
public final class CalendarSyncPolicy {

    /** The wait before the next attempt when the calendar names none. */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    private final boolean externalCalendarConfigured;

    /** {@code externalCalendarConfigured}: whether this deployment talks to an external calendar at all. */
    public CalendarSyncPolicy(boolean externalCalendarConfigured) {
        this.externalCalendarConfigured = externalCalendarConfigured;
    }

    /** True when appointments of {@code company} are kept in an external calendar (and must be synced there). */
    public boolean isExternal(Company company) {
        return externalCalendarConfigured && company.usesCalcom();
    }

    /** What to do after the external calendar answered {@code Unavailable} for {@code appointment} at {@code now}. */
    public Next afterUnavailable(Appointment appointment, CalendarAnswer.Unavailable answer, Instant now) {
        Instant at = now.plus(answer.retryAfter() == null ? FIRST_RETRY : answer.retryAfter());
        if (appointment.holdsTime() && at.isAfter(appointment.slot().start())) {
            return new Next.GiveUp("calendar unreachable until the appointment: " + answer.message());
        }
        return new Next.Retry(at);
    }

    /** The decision after an unreachable calendar. */
    public sealed interface Next {
        /** Schedule the background sync at {@code at}. */
        record Retry(Instant at) implements Next {}

        /** Stop trying: flag the appointment as a conflict with {@code reason}. */
        record GiveUp(String reason) implements Next {}
    }
}
