package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.port.WebhookQueue;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * In memory: the webhook inbox, which is also the queue (like {@code webhook_events}). An event key
 * is stored once per source; each stored event gets the next received number, the order claims
 * answer in. A claim leases due events of the sources with background processing to one owner until
 * the lease expires; only the lease holder completes, renews or releases. Saving a state
 * ({@link #update}, {@link #complete}) keeps what was received (body, key, call) and ends the lease.
 */
final class InMemoryWebhooks implements WebhookInbox, WebhookQueue {

    /** Sources whose events the queue hands out (the others are answered on the request). */
    private static final Set<WebhookSource> QUEUED = Set.of(WebhookSource.RETELL, WebhookSource.CALCOM);

    /** Newest first, ties by id (as text: the databases' uuid order). */
    private static final Comparator<WebhookEvent> NEWEST_FIRST = Comparator.comparing(WebhookEvent::receivedAt)
            .thenComparing(e -> e.id().toString())
            .reversed();

    /** A stored event with its place in line and its lease (owner null: not leased). */
    record Stored(WebhookEvent event, long received, String leaseOwner, Instant leaseUntil) {

        Stored leasedTo(String owner, Instant until) {
            return new Stored(event, received, owner, until);
        }

        /** {@code next}'s processing state on the stored event, lease ended. */
        Stored saved(WebhookEvent next) {
            return new Stored(
                    new WebhookEvent(
                            event.id(),
                            event.source(),
                            event.eventKey(),
                            event.eventType(),
                            event.rawBody(),
                            event.correlationId(),
                            next.companyId(),
                            next.status(),
                            next.attempts(),
                            event.receivedAt(),
                            next.nextAttemptAt(),
                            next.lastError(),
                            next.processedAt(),
                            event.callId()),
                    received,
                    null,
                    null);
        }

        boolean claimableAt(Instant now) {
            return event.status().awaitsProcessing()
                    && QUEUED.contains(event.source())
                    && !event.nextAttemptAt().isAfter(now)
                    && (leaseUntil == null || leaseUntil.isBefore(now));
        }
    }

    private final InMemoryPorts store;

    InMemoryWebhooks(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public WriteOutcome<WebhookEvent> store(WebhookEvent event) {
        synchronized (store.lock) {
            if (find(event.source(), event.eventKey()).isPresent() || store.webhooks.containsKey(event.id())) {
                return new WriteOutcome.AlreadyExists<>("webhook_event");
            }
            store.webhooks.put(event.id(), new Stored(event, ++store.webhooksReceived, null, null));
            return new WriteOutcome.Written<>(event);
        }
    }

    @Override
    public Optional<WebhookEvent> find(WebhookEventId id) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.webhooks.get(id)).map(Stored::event);
        }
    }

    @Override
    public Optional<WebhookEvent> find(WebhookSource source, String eventKey) {
        synchronized (store.lock) {
            return store.webhooks.values().stream()
                    .map(Stored::event)
                    .filter(e -> e.source() == source && e.eventKey().equals(eventKey))
                    .findFirst();
        }
    }

    @Override
    public WriteOutcome<WebhookEvent> update(WebhookEvent event) {
        synchronized (store.lock) {
            Stored stored = store.webhooks.get(event.id());
            if (stored == null) {
                return new WriteOutcome.NotFound<>();
            }
            store.webhooks.put(event.id(), stored.saved(event));
            return new WriteOutcome.Written<>(event);
        }
    }

    @Override
    public List<WebhookEvent> due(Instant now, int limit) {
        synchronized (store.lock) {
            return store.webhooks.values().stream()
                    .map(Stored::event)
                    .filter(e ->
                            e.status().awaitsProcessing() && !e.nextAttemptAt().isAfter(now))
                    .sorted(Comparator.comparing(WebhookEvent::receivedAt).thenComparing(e -> e.id().toString()))
                    .limit(limit)
                    .toList();
        }
    }

    @Override
    public Page<WebhookEvent> list(TenantContext tenant, WebhookStatus status, PageRequest page) {
        synchronized (store.lock) {
            List<WebhookEvent> sorted = store.webhooks.values().stream()
                    .map(Stored::event)
                    .filter(e -> owned(tenant, e))
                    .filter(e -> status == null || e.status() == status)
                    .sorted(NEWEST_FIRST)
                    .toList();
            return Pages.of(sorted, e -> e.id().value(), page);
        }
    }

    @Override
    public Optional<WebhookEvent> find(TenantContext tenant, WebhookEventId id) {
        return find(id).filter(e -> owned(tenant, e));
    }

    @Override
    public List<WebhookEvent> claim(String owner, Instant now, Instant leaseUntil, int limit) {
        synchronized (store.lock) {
            List<Stored> claimed = store.webhooks.values().stream()
                    .filter(s -> s.claimableAt(now))
                    .sorted(Comparator.comparingLong(Stored::received))
                    .limit(limit)
                    .toList();
            List<WebhookEvent> leased = new ArrayList<>(claimed.size());
            for (Stored each : claimed) {
                store.webhooks.put(each.event().id(), each.leasedTo(owner, leaseUntil));
                leased.add(each.event());
            }
            return leased;
        }
    }

    @Override
    public List<WriteOutcome<WebhookEvent>> complete(String owner, List<WebhookEvent> results) {
        synchronized (store.lock) {
            List<WriteOutcome<WebhookEvent>> outcomes = new ArrayList<>(results.size());
            for (WebhookEvent result : results) {
                outcomes.add(leased(owner, result.id(), result, (stored, value) -> stored.saved(value)));
            }
            return outcomes;
        }
    }

    @Override
    public List<WriteOutcome<WebhookEventId>> renew(String owner, List<WebhookEventId> events, Instant leaseUntil) {
        synchronized (store.lock) {
            List<WriteOutcome<WebhookEventId>> outcomes = new ArrayList<>(events.size());
            for (WebhookEventId event : events) {
                outcomes.add(leased(owner, event, event, (stored, id) -> stored.leasedTo(owner, leaseUntil)));
            }
            return outcomes;
        }
    }

    @Override
    public List<WriteOutcome<WebhookEventId>> release(String owner, List<WebhookEventId> events) {
        synchronized (store.lock) {
            List<WriteOutcome<WebhookEventId>> outcomes = new ArrayList<>(events.size());
            for (WebhookEventId event : events) {
                outcomes.add(leased(owner, event, event, (stored, id) -> stored.leasedTo(null, null)));
            }
            return outcomes;
        }
    }

    /** A write that only the holder of the event's lease may make; {@code change} answers the new row. */
    private <T> WriteOutcome<T> leased(String owner, WebhookEventId id, T value, BiFunction<Stored, T, Stored> change) {
        Stored stored = store.webhooks.get(id);
        if (stored == null) {
            return new WriteOutcome.NotFound<>();
        }
        if (!owner.equals(stored.leaseOwner())) {
            return new WriteOutcome.VersionConflict<>();
        }
        store.webhooks.put(id, change.apply(stored, value));
        return new WriteOutcome.Written<>(value);
    }

    private static boolean owned(TenantContext tenant, WebhookEvent event) {
        return event.tenant().map(tenant::owns).orElse(false);
    }
}
