package com.askpro.booking.application.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * What the dashboard shows, as plain values: ids and display texts only, callers' numbers in full
 * (E.164). The HTTP adapter renders them as JSON and masks every number for viewers.
 */
public final class DashboardRows {

    private DashboardRows() {}

    /** The signed-in company: name, time zone (for "today") and language. */
    public record Tenant(String companyName, String timeZone, String language) {}

    /** An appointment a call booked. */
    public record Linked(String id, Instant start, String service) {}

    /** One call in the list. */
    public record CallRow(
            String id,
            Instant at,
            String caller,
            String branch,
            String status,
            Long durationSeconds,
            String summary,
            String sentiment,
            Linked appointment) {}

    /** One call with what was said. */
    public record CallDetail(
            CallRow call,
            String transcript,
            String disconnectionReason,
            Boolean successful,
            List<Linked> appointments) {
        public CallDetail {
            appointments = List.copyOf(appointments);
        }
    }

    /**
     * One appointment: {@code day} is its local date, {@code syncPending} while an external
     * calendar still has to take it, {@code needsAttention} when the calendar refused it;
     * {@code notice} the state of the messages to the customer about it ({@code sent},
     * {@code pending}, {@code failed}, {@code reminded}; null: none).
     */
    public record AppointmentRow(
            String id,
            Instant start,
            Instant end,
            String day,
            String staff,
            String service,
            String branch,
            String customer,
            String status,
            String sync,
            boolean syncPending,
            boolean needsAttention,
            String notice) {}

    /** Today's figures in the company's time zone; {@code conversionPercent} of calls that booked. */
    public record Figures(String day, int calls, int bookings, int conversionPercent, int failedWebhooks) {}
}
