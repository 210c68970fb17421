package com.askpro.booking.application.timeline;

import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.port.CallHistory;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.FunctionCallLog;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Use case: the debug timeline of one call — every webhook event, function call (with its outcome),
 * outbound calendar request and message to the customer recorded for it, in the order they happened, each with its
 * correlation id — so that "why did this call not book?" is answered from one list. Reads only the
 * tenant's own call: another tenant's call is as absent as a missing one.
 */
public final class CallTimeline {

    /** One thing that happened during the call; {@code at} is when it started. */
    public sealed interface Entry permits Entry.WebhookEvent, Entry.FunctionCall, Entry.OutboundRequest, Entry.Message {

        Instant at();

        /** How long it took (a webhook event: until it was processed), or null when unknown. */
        Long durationMs();

        String correlationId();

        /** A Retell webhook about the call as stored in the inbox. */
        record WebhookEvent(CallHistory.WebhookEventSummary event) implements Entry {
            @Override
            public Instant at() {
                return event.receivedAt();
            }

            @Override
            public Long durationMs() {
                return event.processedAt() == null
                        ? null
                        : Math.max(
                                0,
                                Duration.between(event.receivedAt(), event.processedAt())
                                        .toMillis());
            }

            @Override
            public String correlationId() {
                return event.correlationId();
            }
        }

        /** A function the agent called, with its outcome and reason. */
        record FunctionCall(FunctionCallLog.Entry call) implements Entry {
            @Override
            public Instant at() {
                return call.startedAt();
            }

            @Override
            public Long durationMs() {
                return call.durationMs();
            }

            @Override
            public String correlationId() {
                return call.correlationId();
            }
        }

        /** A request to an external API (Cal.com) made for the call. */
        record OutboundRequest(ApiCallLog.Entry request) implements Entry {
            @Override
            public Instant at() {
                return request.startedAt();
            }

            @Override
            public Long durationMs() {
                return request.durationMs();
            }

            @Override
            public String correlationId() {
                return request.correlationId();
            }
        }

        /**
         * A message to the customer (confirmation, change, cancellation, reminder) about an appointment
         * of the call; it is sent in the background, so its correlation id is its own id, which names it
         * in the delivery's log lines. {@code at} is when it was queued, the duration lasts until it was sent.
         */
        record Message(CallHistory.NotificationSummary notification) implements Entry {
            @Override
            public Instant at() {
                return notification.createdAt();
            }

            @Override
            public Long durationMs() {
                return notification.sentAt() == null
                        ? null
                        : Math.max(
                                0,
                                Duration.between(notification.createdAt(), notification.sentAt())
                                        .toMillis());
            }

            @Override
            public String correlationId() {
                return notification.id().toString();
            }
        }
    }

    /** The call and what happened during it, oldest first. */
    public record Timeline(Call call, List<Entry> entries) {
        public Timeline {
            entries = List.copyOf(entries);
        }
    }

    /** Ties at the same instant: the webhook that carried the work first, then the function, its requests, its messages. */
    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::at).thenComparingInt(CallTimeline::rank);

    /** A call id in a path: the canonical UUID text, nothing else. */
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Calls calls;
    private final CallHistory history;

    public CallTimeline(Calls calls, CallHistory history) {
        this.calls = calls;
        this.history = history;
    }

    /** The timeline of the tenant's call {@code id}; empty when the tenant has no such call. */
    public Optional<Timeline> of(TenantContext tenant, CallId id) {
        return calls.find(tenant, id).map(call -> {
            List<Entry> entries = new ArrayList<>();
            history.webhookEvents(tenant, call).forEach(e -> entries.add(new Entry.WebhookEvent(e)));
            history.functionCalls(tenant, call.id()).forEach(f -> entries.add(new Entry.FunctionCall(f)));
            history.outboundRequests(tenant, call.id()).forEach(r -> entries.add(new Entry.OutboundRequest(r)));
            history.notifications(tenant, call.id()).forEach(n -> entries.add(new Entry.Message(n)));
            entries.sort(ORDER);
            return new Timeline(call, entries);
        });
    }

    /**
     * For the API: the caller's own call (any tenant key; the platform key is refused). An id that
     * is not a canonical UUID, or names no call of the caller's tenant, is not found.
     */
    public Timeline of(Principal caller, String id) {
        TenantContext tenant = caller.tenantToRead();
        if (id == null || !CANONICAL_UUID.matcher(id).matches()) {
            throw AdminException.notFound("call");
        }
        return of(tenant, new CallId(UUID.fromString(id.toLowerCase(Locale.ROOT))))
                .orElseThrow(() -> AdminException.notFound("call"));
    }

    private static int rank(Entry entry) {
        if (entry instanceof Entry.WebhookEvent) {
            return 0;
        }
        if (entry instanceof Entry.FunctionCall) {
            return 1;
        }
        return entry instanceof Entry.OutboundRequest ? 2 : 3;
    }
}
