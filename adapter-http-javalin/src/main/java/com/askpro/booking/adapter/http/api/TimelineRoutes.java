package com.askpro.booking.adapter.http.api;

import com.askpro.booking.application.timeline.CallTimeline;
import com.askpro.booking.application.timeline.CallTimeline.Entry;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The debug timeline of a call, {@code GET /api/v1/calls/{id}/timeline} (any tenant key, own calls
 * only), and its JSON shape, which the dashboard's call detail answers too.
 */
public final class TimelineRoutes {

    private TimelineRoutes() {}

    static List<ApiRoute> of(CallTimeline timeline) {
        return List.of(ApiRoute.get(
                "/api/v1/calls/{id}/timeline",
                c -> Answer.ok(TimelineResource.of(timeline.of(c.caller(), c.path("id"))))));
    }

    /** A call and its entries, oldest first. */
    public record TimelineResource(String callId, String retellCallId, String status, List<EntryResource> entries) {
        public static TimelineResource of(CallTimeline.Timeline timeline) {
            return new TimelineResource(
                    timeline.call().id().toString(),
                    timeline.call().agentCallId(),
                    lower(timeline.call().status()),
                    timeline.entries().stream().map(EntryResource::of).toList());
        }
    }

    /**
     * One entry: {@code at} (when it started), {@code kind}, {@code duration_ms}, {@code correlation_id},
     * and the fields of its kind (see {@code docs/api.md}); fields without a value are left out.
     */
    public sealed interface EntryResource {

        static EntryResource of(Entry entry) {
            String at = text(entry.at());
            if (entry instanceof Entry.WebhookEvent w) {
                var e = w.event();
                return new WebhookEventEntry(
                        at,
                        "webhook_event",
                        entry.durationMs(),
                        entry.correlationId(),
                        e.id().toString(),
                        lower(e.source()),
                        e.eventType(),
                        lower(e.status()),
                        e.attempts(),
                        text(e.processedAt()),
                        e.lastError());
            }
            if (entry instanceof Entry.FunctionCall f) {
                var c = f.call();
                return new FunctionCallEntry(
                        at,
                        "function_call",
                        entry.durationMs(),
                        entry.correlationId(),
                        c.function(),
                        c.outcome(),
                        c.reason(),
                        c.appointmentId(),
                        c.requested());
            }
            if (entry instanceof Entry.OutboundRequest o) {
                var r = o.request();
                return new CalendarRequestEntry(
                        at,
                        "calendar_request",
                        entry.durationMs(),
                        entry.correlationId(),
                        r.provider(),
                        r.method(),
                        r.path(),
                        r.status(),
                        r.error());
            }
            var n = ((Entry.Message) entry).notification();
            return new NotificationEntry(
                    at,
                    "notification",
                    entry.durationMs(),
                    entry.correlationId(),
                    n.id().toString(),
                    lower(n.kind()),
                    lower(n.channel()),
                    lower(n.status()),
                    n.attempts(),
                    n.appointmentId().toString(),
                    text(n.sentAt()),
                    n.lastError());
        }
    }

    /** A Retell webhook about the call as stored in the inbox. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookEventEntry(
            String at,
            String kind,
            Long durationMs,
            String correlationId,
            String webhookEventId,
            String source,
            String eventType,
            String status,
            Integer attempts,
            String processedAt,
            String error)
            implements EntryResource {}

    /** A function the agent called, with its outcome. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FunctionCallEntry(
            String at,
            String kind,
            Long durationMs,
            String correlationId,
            String function,
            String outcome,
            String reason,
            String appointmentId,
            String requested)
            implements EntryResource {}

    /** A request to the external calendar. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CalendarRequestEntry(
            String at,
            String kind,
            Long durationMs,
            String correlationId,
            String provider,
            String method,
            String path,
            Integer httpStatus,
            String error)
            implements EntryResource {}

    /** A message to the customer about an appointment of the call (never its recipient). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NotificationEntry(
            String at,
            String kind,
            Long durationMs,
            String correlationId,
            String notificationId,
            String message,
            String channel,
            String status,
            Integer attempts,
            String appointmentId,
            String sentAt,
            String error)
            implements EntryResource {}

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
