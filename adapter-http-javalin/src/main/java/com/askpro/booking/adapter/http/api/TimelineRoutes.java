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

    private TimelineRoutes() {
    }

    static List<ApiRoute> of(CallTimeline timeline) {
        return List.of(ApiRoute.get("/api/v1/calls/{id}/timeline",
                c -> Answer.ok(TimelineResource.of(timeline.of(c.caller(), c.path("id"))))));
    }

    /** A call and its entries, oldest first. */
    public record TimelineResource(String callId, String retellCallId, String status, List<EntryResource> entries) {
        public static TimelineResource of(CallTimeline.Timeline timeline) {
            return new TimelineResource(timeline.call().id().toString(), timeline.call().retellCallId(),
                    lower(timeline.call().status()), timeline.entries().stream().map(EntryResource::of).toList());
        }
    }

    /**
     * One entry: {@code at} (when it started), {@code kind}, {@code duration_ms}, {@code correlation_id},
     * and the fields of its kind — {@code webhook_event}: {@code webhook_event_id}, {@code source},
     * {@code event_type}, {@code status}, {@code attempts}, {@code processed_at}, {@code error};
     * {@code function_call}: {@code function}, {@code outcome}, {@code reason}, {@code appointment_id},
     * {@code requested}; {@code calendar_request}: {@code provider}, {@code method}, {@code path},
     * {@code http_status} (0: no response), {@code error}. Fields without a value are left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryResource(String at, String kind, Long durationMs, String correlationId,
            String webhookEventId, String source, String eventType, String status, Integer attempts, String processedAt,
            String function, String outcome, String reason, String appointmentId, String requested,
            String provider, String method, String path, Integer httpStatus, String error) {

        static EntryResource of(Entry entry) {
            String at = text(entry.at());
            if (entry instanceof Entry.WebhookEvent w) {
                var e = w.event();
                return new EntryResource(at, "webhook_event", entry.durationMs(), entry.correlationId(), e.id().toString(),
                        lower(e.source()), e.eventType(), lower(e.status()), e.attempts(), text(e.processedAt()),
                        null, null, null, null, null, null, null, null, null, e.lastError());
            }
            if (entry instanceof Entry.FunctionCall f) {
                var c = f.call();
                return new EntryResource(at, "function_call", entry.durationMs(), entry.correlationId(), null, null, null, null,
                        null, null, c.function(), c.outcome(), c.reason(), c.appointmentId(), c.requested(),
                        null, null, null, null, null);
            }
            var r = ((Entry.OutboundRequest) entry).request();
            return new EntryResource(at, "calendar_request", entry.durationMs(), entry.correlationId(), null, null, null, null,
                    null, null, null, null, null, null, null, r.provider(), r.method(), r.path(), r.status(), r.error());
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
