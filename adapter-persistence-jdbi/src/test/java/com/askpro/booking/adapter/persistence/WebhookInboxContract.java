package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@code WebhookInbox} port: verbatim, once per (source, key), due in order. Runs on H2,
 * PostgreSQL and memory; on a database the body is also checked to be stored encrypted.
 */
abstract class WebhookInboxContract extends PortsTest {

    /** Far from the other tests' times, so {@code due} sees only this class's events when filtered. */
    private static final Instant RECEIVED = Fixtures.at("2031-01-01T00:00:00Z");

    @Test
    void storesAnEventOncePerSourceAndKey() {
        String key = UUID.randomUUID().toString();
        WebhookEvent event = event(WebhookSource.RETELL, key, RECEIVED);

        assertThat(persistence.webhookInbox().store(event)).isEqualTo(new WriteOutcome.Written<>(event));
        assertThat(persistence.webhookInbox().store(event(WebhookSource.RETELL, key, RECEIVED)))
                .isInstanceOf(WriteOutcome.AlreadyExists.class);
        assertThat(persistence
                        .webhookInbox()
                        .store(event(WebhookSource.CALCOM, key, RECEIVED))
                        .isWritten())
                .isTrue();

        assertThat(persistence.webhookInbox().find(event.id())).contains(event);
        assertThat(persistence.webhookInbox().find(WebhookSource.RETELL, key)).contains(event);
        onDatabase(db -> {
            assertThat(count(db, "SELECT COUNT(*) FROM webhook_events WHERE event_key = ?", key))
                    .isEqualTo(2);
            assertThat(count(db, "SELECT COUNT(*) FROM webhook_events WHERE raw_body = ?", event.rawBody()))
                    .as("the body is stored encrypted")
                    .isZero();
        });
    }

    @Test
    void savesProcessingStateAndTenant() {
        Fixtures t = Fixtures.create(persistence);
        WebhookEvent event = event(WebhookSource.RETELL, UUID.randomUUID().toString(), RECEIVED);
        persistence.webhookInbox().store(event).orElseThrow();
        WebhookEvent failed = event.attributedTo(t.company().id())
                .failed("timeout", false, RetryPolicy.WEBHOOKS, RECEIVED.plusSeconds(1))
                .orElseThrow();

        assertThat(persistence.webhookInbox().update(failed)).isEqualTo(new WriteOutcome.Written<>(failed));

        assertThat(persistence.webhookInbox().find(event.id())).contains(failed);
        assertThat(persistence.webhookInbox().find(t.tenant(), event.id())).contains(failed);
        assertThat(persistence.webhookInbox().find(Fixtures.create(persistence).tenant(), event.id()))
                .as("another tenant's event")
                .isEmpty();
    }

    @Test
    void updatingAnEventThatWasNeverStoredAnswersNotFoundAndStoresNothing() {
        WebhookEvent never = event(WebhookSource.RETELL, UUID.randomUUID().toString(), RECEIVED);

        assertThat(persistence.webhookInbox().update(never.processed(RECEIVED).orElseThrow()))
                .isEqualTo(new WriteOutcome.NotFound<>());
        assertThat(persistence.webhookInbox().find(never.id())).isEmpty();
    }

    @Test
    void anUpdateKeepsWhatWasReceived() {
        WebhookEvent event = event(WebhookSource.RETELL, UUID.randomUUID().toString(), RECEIVED);
        persistence.webhookInbox().store(event).orElseThrow();
        WebhookEvent processed = event.processed(RECEIVED.plusSeconds(2)).orElseThrow();
        WebhookEvent tampered = new WebhookEvent(
                processed.id(),
                processed.source(),
                "other-key",
                "other_type",
                "{}",
                processed.correlationId(),
                processed.companyId(),
                processed.status(),
                processed.attempts(),
                processed.receivedAt().plusSeconds(60),
                processed.nextAttemptAt(),
                processed.lastError(),
                processed.processedAt(),
                "other-call");

        persistence.webhookInbox().update(tampered).orElseThrow();

        assertThat(persistence.webhookInbox().find(event.id())).contains(processed);
    }

    @Test
    void dueAnswersWaitingEventsWhoseAttemptIsDueOldestFirst() {
        Instant base = RECEIVED.plusSeconds(86_400 * 10);
        WebhookEvent older = event(WebhookSource.RETELL, UUID.randomUUID().toString(), base);
        WebhookEvent newer = event(WebhookSource.RETELL, UUID.randomUUID().toString(), base.plusSeconds(5));
        WebhookEvent processed = event(WebhookSource.RETELL, UUID.randomUUID().toString(), base.plusSeconds(1));
        WebhookEvent notYet = event(WebhookSource.RETELL, UUID.randomUUID().toString(), base.plusSeconds(2));
        for (WebhookEvent each : List.of(newer, processed, notYet, older)) {
            persistence.webhookInbox().store(each).orElseThrow();
        }
        persistence
                .webhookInbox()
                .update(processed.processed(base.plusSeconds(3)).orElseThrow())
                .orElseThrow();
        persistence
                .webhookInbox()
                .update(notYet.failed("down", false, RetryPolicy.WEBHOOKS, base.plusSeconds(30))
                        .orElseThrow())
                .orElseThrow();

        List<WebhookEvent> due = persistence.webhookInbox().due(base.plusSeconds(10), 100).stream()
                .filter(e -> !e.receivedAt().isBefore(base))
                .toList();

        assertThat(due).extracting(WebhookEvent::id).containsExactly(older.id(), newer.id());
    }

    @Test
    void listsATenantsEventsNewestFirstWithAStatusFilter() {
        Fixtures t = Fixtures.create(persistence);
        List<WebhookEvent> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            WebhookEvent event = event(WebhookSource.CALCOM, UUID.randomUUID().toString(), RECEIVED.plusSeconds(i))
                    .attributedTo(t.company().id());
            stored.add(0, persistence.webhookInbox().store(event).orElseThrow());
        }
        WebhookEvent dead = stored.get(1)
                .failed("bad", true, RetryPolicy.WEBHOOKS, RECEIVED)
                .orElseThrow();
        persistence.webhookInbox().update(dead).orElseThrow();
        stored.set(1, dead);
        List<WebhookEvent> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<WebhookEvent> page = persistence.webhookInbox().list(t.tenant(), null, new PageRequest(2, cursor));
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(stored);
        assertThat(persistence
                        .webhookInbox()
                        .list(t.tenant(), WebhookStatus.DEAD, PageRequest.first(10))
                        .items())
                .containsExactly(dead);
    }

    static WebhookEvent event(WebhookSource source, String key, Instant at) {
        return WebhookEvent.receive(
                WebhookEventId.newId(),
                source,
                key,
                "call_started",
                "{\"event\":\"call_started\",\"call\":{\"call_id\":\"" + key + "\"}}",
                "corr-" + key,
                at);
    }
}
