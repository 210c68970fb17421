package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.port.WebhookQueue;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@code WebhookQueue} port (issue 12): the inbox is the queue. Due events are leased to one
 * owner at a time in received order, an expired lease can be claimed again, and only the lease holder saves
 * results. Each test starts on an empty inbox (its own database per class; rows of earlier tests are done).
 */
abstract class WebhookQueueContract extends DatabaseTest {

    private static final Instant NOW = Fixtures.at("2032-05-01T10:00:00Z");

    private WebhookQueue queue() {
        return persistence.webhookQueue();
    }

    @BeforeEach
    void finishEverythingLeftOver() {
        List<WebhookEvent> left =
                queue().claim("cleanup", NOW.plusSeconds(86_400 * 365), NOW.plusSeconds(86_400 * 366), 10_000);
        queue().complete(
                        "cleanup",
                        left.stream().map(e -> e.processed(NOW).orElseThrow()).toList());
    }

    @Test
    void claimsDueEventsInReceivedOrderAndLeasesThemToOneOwner() {
        List<WebhookEvent> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stored.add(store(event(WebhookSource.RETELL, "call_a", NOW.minusSeconds(10 - i))));
        }

        List<WebhookEvent> first = queue().claim("one", NOW, NOW.plusSeconds(15), 3);
        List<WebhookEvent> second = queue().claim("two", NOW, NOW.plusSeconds(15), 10);

        assertThat(first).extracting(WebhookEvent::id).containsExactly(ids(stored.subList(0, 3)));
        assertThat(first).first().extracting(WebhookEvent::callId).isEqualTo("call_a");
        assertThat(second).extracting(WebhookEvent::id).containsExactly(ids(stored.subList(3, 5)));
        assertThat(queue().claim("three", NOW, NOW.plusSeconds(15), 10))
                .as("everything leased")
                .isEmpty();
    }

    @Test
    void anExpiredLeaseIsClaimedAgainAndOnlyTheHolderSavesResults() {
        WebhookEvent event = store(event(WebhookSource.RETELL, "call_b", NOW.minusSeconds(5)));
        assertThat(queue().claim("crashed", NOW, NOW.plusSeconds(15), 10)).hasSize(1);
        assertThat(queue().claim("other", NOW.plusSeconds(14), NOW.plusSeconds(29), 10))
                .as("lease still valid")
                .isEmpty();

        List<WebhookEvent> taken = queue().claim("other", NOW.plusSeconds(16), NOW.plusSeconds(31), 10);

        assertThat(taken).extracting(WebhookEvent::id).containsExactly(event.id());
        WebhookEvent processed = event.processed(NOW.plusSeconds(17)).orElseThrow();
        assertThat(queue().complete("crashed", List.of(processed)))
                .as("the lease moved on")
                .isZero();
        assertThat(persistence.webhookInbox().find(event.id()).orElseThrow().status())
                .isEqualTo(WebhookStatus.RECEIVED);
        assertThat(queue().complete("other", List.of(processed))).isEqualTo(1);
        assertThat(persistence.webhookInbox().find(event.id())).contains(processed);
        assertThat(queue().claim("third", NOW.plusSeconds(60), NOW.plusSeconds(75), 10))
                .as("done, not claimed again")
                .isEmpty();
    }

    @Test
    void aFailedEventIsClaimedAgainWhenItsNextAttemptIsDueAndDeadOnesNever() {
        WebhookEvent retried = store(event(WebhookSource.RETELL, "call_c", NOW.minusSeconds(5)));
        WebhookEvent dead = store(event(WebhookSource.CALCOM, null, NOW.minusSeconds(4)));
        queue().claim("w", NOW, NOW.plusSeconds(15), 10);
        WebhookEvent failed =
                retried.failed("down", false, RetryPolicy.WEBHOOKS, NOW).orElseThrow();
        assertThat(queue().complete(
                                "w",
                                List.of(
                                        failed,
                                        dead.failed("bad", true, RetryPolicy.WEBHOOKS, NOW)
                                                .orElseThrow())))
                .isEqualTo(2);

        assertThat(queue().claim("w", NOW.plusSeconds(4), NOW.plusSeconds(19), 10))
                .as("backoff of 5 s")
                .isEmpty();
        assertThat(queue().claim("w", NOW.plusSeconds(5), NOW.plusSeconds(20), 10))
                .extracting(WebhookEvent::id)
                .containsExactly(retried.id());
    }

    @Test
    void eventsWithoutBackgroundProcessingAreNeverClaimed() {
        store(event(WebhookSource.RETELL_INBOUND, "call_d", NOW.minusSeconds(5)));
        store(event(WebhookSource.RETELL_FUNCTION, "call_d", NOW.minusSeconds(5)));

        assertThat(queue().claim("w", NOW, NOW.plusSeconds(15), 10)).isEmpty();
    }

    @Test
    void renewExtendsAndReleaseGivesUpTheLeasesOfTheHolderOnly() {
        WebhookEvent event = store(event(WebhookSource.RETELL, "call_e", NOW.minusSeconds(5)));
        queue().claim("holder", NOW, NOW.plusSeconds(15), 10);

        assertThat(queue().renew("someone else", List.of(event.id()), NOW.plusSeconds(100)))
                .isZero();
        assertThat(queue().renew("holder", List.of(event.id()), NOW.plusSeconds(40)))
                .isEqualTo(1);
        assertThat(queue().claim("other", NOW.plusSeconds(30), NOW.plusSeconds(45), 10))
                .as("renewed")
                .isEmpty();
        assertThat(queue().release("someone else", List.of(event.id()))).isZero();
        assertThat(queue().release("holder", List.of(event.id()))).isEqualTo(1);
        assertThat(queue().claim("other", NOW.plusSeconds(30), NOW.plusSeconds(45), 10))
                .hasSize(1);
    }

    @Test
    void concurrentClaimersNeverLeaseTheSameEventTwice() throws Exception {
        int events = 120;
        for (int i = 0; i < events; i++) {
            store(event(WebhookSource.RETELL, "call_f" + (i % 7), NOW.minusSeconds(60)));
        }
        List<WebhookEventId> all = new ArrayList<>();
        for (List<WebhookEventId> mine : Concurrently.run(6, c -> {
            List<WebhookEventId> claimed = new ArrayList<>();
            List<WebhookEvent> batch;
            while (!(batch = queue().claim("claimer-" + c, NOW, NOW.plusSeconds(15), 7)).isEmpty()) {
                batch.forEach(e -> claimed.add(e.id()));
            }
            return claimed;
        })) {
            all.addAll(mine);
        }

        Set<WebhookEventId> distinct = new HashSet<>(all);
        assertThat(all).hasSize(events);
        assertThat(distinct).hasSize(events);
    }

    private WebhookEvent store(WebhookEvent event) {
        return persistence.webhookInbox().store(event).orElseThrow();
    }

    private static WebhookEventId[] ids(List<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::id).toArray(WebhookEventId[]::new);
    }

    static WebhookEvent event(WebhookSource source, String callId, Instant at) {
        String key = UUID.randomUUID().toString();
        return WebhookEvent.receive(
                WebhookEventId.newId(),
                source,
                key,
                "call_started",
                "{\"event\":\"call_started\",\"call\":{\"call_id\":\"" + callId + "\"}}",
                "corr-" + key.substring(0, 8),
                callId,
                at);
    }
}
