package com.askpro.booking.application.dashboard;

import com.askpro.booking.domain.tenant.OpeningInterval;
import java.time.Instant;
import java.util.List;

/**
 * What the dashboard's calendar shows, as {@link DashboardCalendar} and {@link DashboardAppointment}
 * answer it: a branch's days with one column per staff member, appointments as blocks, and one
 * appointment with the trail of what staff did to it. Plain values, serialised as they are.
 */
public final class CalendarView {

    private CalendarView() {}

    public record Ref(String id, String name) {}

    /** A bookable service of the branch, for the booking form. */
    public record Offered(String id, String name, long minutes) {}

    /** Local times of day, {@code HH:mm}. */
    public record Interval(String from, String to) {
        static Interval of(OpeningInterval interval) {
            return new Interval(interval.from().toString(), interval.to().toString());
        }
    }

    /**
     * One appointment as a block: {@code attendance} {@code arrived}/{@code no_show} or null;
     * {@code reason} what the external calendar answered when {@code needsAttention}, else the
     * status reason (e.g. of a cancellation).
     */
    public record Block(
            String id,
            Instant start,
            Instant end,
            String staffId,
            String staff,
            String service,
            String customer,
            String status,
            String attendance,
            String sync,
            boolean needsAttention,
            String reason) {}

    /** One staff member's column ({@code staffId} null: appointments booked without staff). */
    public record Column(String staffId, String name, List<Interval> working, List<Block> appointments) {}

    public record Day(String date, List<Interval> opening, List<Column> columns) {}

    public record Calendar(
            Ref branch,
            List<Ref> branches,
            List<Offered> services,
            String timeZone,
            String today,
            Instant now,
            List<Day> days) {}

    /** One staff action in an appointment's trail. */
    public record Action(String action, String actor, String details, Instant at) {}

    public record Detail(Block appointment, Ref branch, List<Action> actions) {}
}
