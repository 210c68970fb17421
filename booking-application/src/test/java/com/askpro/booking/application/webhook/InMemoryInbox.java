package com.askpro.booking.application.webhook;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test double: the webhook inbox in a map, unique per source and event key like the real one. */
final class InMemoryInbox implements WebhookInbox {

    final Map<WebhookEventId, WebhookEvent> events = new ConcurrentHashMap<>();

    @Override
    public synchronized WriteOutcome<WebhookEvent> store(WebhookEvent event) {
        if (find(event.source(), event.eventKey()).isPresent()) {
            return new WriteOutcome.AlreadyExists<>("event key");
        }
        events.put(event.id(), event);
        return new WriteOutcome.Written<>(event);
    }

    @Override
    public Optional<WebhookEvent> find(WebhookEventId id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public Optional<WebhookEvent> find(WebhookSource source, String eventKey) {
        return events.values().stream()
                .filter(e -> e.source() == source && e.eventKey().equals(eventKey))
                .findFirst();
    }

    @Override
    public void update(WebhookEvent event) {
        events.put(event.id(), event);
    }

    @Override
    public List<WebhookEvent> due(Instant now, int limit) {
        return events.values().stream()
                .filter(e -> e.status().awaitsProcessing() && !e.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(WebhookEvent::receivedAt))
                .limit(limit)
                .toList();
    }

    @Override
    public Page<WebhookEvent> list(TenantContext tenant, WebhookStatus status, PageRequest page) {
        return new Page<>(
                events.values().stream()
                        .filter(e -> e.tenant().map(tenant::owns).orElse(false))
                        .filter(e -> status == null || e.status() == status)
                        .toList(),
                null);
    }

    @Override
    public Optional<WebhookEvent> find(TenantContext tenant, WebhookEventId id) {
        return find(id).filter(e -> e.tenant().map(tenant::owns).orElse(false));
    }
}
