package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.port.DashboardQueries;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: the dashboard's charts in the company's time zone — calls per hour today, bookings per
 * day and call-to-booking conversion per day over the last {@value #DAYS} days (today included).
 * The database counts per 15-minute bucket; this folds the buckets into local hours and days, so
 * a day with a daylight-saving change has 23 or 25 hours.
 *
 * <p>Conversion of a day: of the calls created that day, the share linked to at least one
 * appointment (booked in the call), in whole percent; 0 for a day without calls.
 */
public final class DashboardCharts {

    /** How many days the day charts reach back, today included. */
    public static final int DAYS = 30;

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    /** One local hour of today: its start, label ({@code 09:00}), calls and calls that booked. */
    public record Hour(Instant start, String label, long calls, long booked) {}

    /** One local day: calls, calls that booked, conversion, and appointments booked that day (any channel). */
    public record Day(String day, long calls, long booked, int conversionPercent, long bookings) {}

    /** The charts; {@code conversionPercent} over the whole {@value #DAYS} days. */
    public record Charts(
            String timeZone,
            String today,
            List<Hour> hours,
            List<Day> days,
            long calls,
            long booked,
            int conversionPercent,
            long bookings) {
        public Charts {
            hours = List.copyOf(hours);
            days = List.copyOf(days);
        }
    }

    private final Companies companies;
    private final DashboardQueries queries;
    private final Clock clock;

    public DashboardCharts(Companies companies, DashboardQueries queries, Clock clock) {
        this.companies = companies;
        this.queries = queries;
        this.clock = clock;
    }

    public Charts charts(TenantContext tenant) {
        ZoneId zone = companies
                .find(tenant.companyId())
                .orElseThrow(() -> new IllegalStateException("signed-in company is gone"))
                .timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        LocalDate first = today.minusDays(DAYS - 1L);
        Instant from = first.atStartOfDay(zone).toInstant();

        List<long[]> hourCounts = new ArrayList<>();
        List<Instant> hourStarts = new ArrayList<>();
        for (Instant h = todayStart; h.isBefore(tomorrow); h = h.plus(Duration.ofHours(1))) {
            hourStarts.add(h);
            hourCounts.add(new long[2]);
        }
        Map<LocalDate, long[]> dayCounts = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            dayCounts.put(d, new long[3]);
        }
        for (DashboardQueries.CallCount count : queries.callCounts(tenant, from, tomorrow)) {
            long[] day = dayCounts.get(count.bucket().atZone(zone).toLocalDate());
            if (day != null) {
                day[0] += count.calls();
                day[1] += count.booked();
            }
            if (!count.bucket().isBefore(todayStart)) {
                int hour = (int) Duration.between(todayStart, count.bucket()).toHours();
                if (hour < hourCounts.size()) {
                    hourCounts.get(hour)[0] += count.calls();
                    hourCounts.get(hour)[1] += count.booked();
                }
            }
        }
        for (DashboardQueries.BookingCount count : queries.bookingCounts(tenant, from, tomorrow)) {
            long[] day = dayCounts.get(count.bucket().atZone(zone).toLocalDate());
            if (day != null) {
                day[2] += count.bookings();
            }
        }
        List<Hour> hours = new ArrayList<>();
        for (int i = 0; i < hourStarts.size(); i++) {
            ZonedDateTime local = hourStarts.get(i).atZone(zone);
            hours.add(new Hour(
                    hourStarts.get(i),
                    HOUR.format(local),
                    hourCounts.get(i)[0],
                    hourCounts.get(i)[1]));
        }
        List<Day> days = new ArrayList<>();
        long calls = 0;
        long booked = 0;
        long bookings = 0;
        for (var entry : dayCounts.entrySet()) {
            long[] c = entry.getValue();
            days.add(new Day(entry.getKey().toString(), c[0], c[1], percent(c[1], c[0]), c[2]));
            calls += c[0];
            booked += c[1];
            bookings += c[2];
        }
        return new Charts(zone.getId(), today.toString(), hours, days, calls, booked, percent(booked, calls), bookings);
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
