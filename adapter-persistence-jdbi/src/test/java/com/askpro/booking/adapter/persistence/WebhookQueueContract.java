package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.port.WebhookQueue;
import com.askpro.booking.domain.port.WriteOutcome;
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
 * results. Each test starts on an empty inbox (its own store per class; rows of earlier tests are done). Runs
 * on H2, PostgreSQL and memory.
 */
abstract class WebhookQueueContract extends PortsTest {

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
                        left.stream().map(e -> e.processed(NOW).orElseThrow()).toList())
                .forEach(WriteOutcome::orElseThrow);
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
                .containsExactly(new WriteOutcome.VersionConflict<>());
        assertThat(persistence.webhookInbox().find(event.id()).orElseThrow().status())
                .isEqualTo(WebhookStatus.RECEIVED);
        assertThat(queue().complete("other", List.of(processed)))
                .containsExactly(new WriteOutcome.Written<>(processed));
        assertThat(persistence.webhookInbox().find(event.id())).contains(processed);
        onDatabase(db -> assertThat(count(
                        db,
                        "SELECT COUNT(*) FROM webhook_events WHERE id = ? AND lease_owner IS NULL AND lease_until IS NULL",
                        event.id().value()))
                .as("completing ends the lease")
                .isEqualTo(1));
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
        WebhookEvent given = dead.failed("bad", true, RetryPolicy.WEBHOOKS, NOW).orElseThrow();
        assertThat(queue().complete("w", List.of(failed, given)))
                .containsExactly(new WriteOutcome.Written<>(failed), new WriteOutcome.Written<>(given));
        assertThat(persistence.webhookInbox().find(dead.id()).orElseThrow().status())
                .isEqualTo(WebhookStatus.DEAD);

        assertThat(queue().claim("w", NOW.plusSeconds(4), NOW.plusSeconds(19), 10))
                .as("backoff of 5 s")
                .isEmpty();
        assertThat(queue().claim("w", NOW.plusSeconds(5), NOW.plusSeconds(20), 10))
                .extracting(WebhookEvent::id)
                .containsExactly(retried.id());
        assertThat(queue().claim("w", NOW.plusSeconds(86_400), NOW.plusSeconds(86_415), 10))
                .as("a dead letter stays until it is replayed")
                .extracting(WebhookEvent::id)
                .doesNotContain(dead.id());
    }

    @Test
    void aReplayedDeadLetterIsClaimedAgain() {
        WebhookEvent event = store(event(WebhookSource.CALCOM, null, NOW.minusSeconds(5)));
        queue().claim("w", NOW, NOW.plusSeconds(15), 10);
        WebhookEvent dead = event.failed("bad", true, RetryPolicy.WEBHOOKS, NOW).orElseThrow();
        queue().complete("w", List.of(dead)).forEach(WriteOutcome::orElseThrow);
        WebhookEvent replayed = dead.replay(NOW.plusSeconds(60)).orElseThrow();

        assertThat(persistence.webhookInbox().update(replayed)).isEqualTo(new WriteOutcome.Written<>(replayed));

        assertThat(queue().claim("w", NOW.plusSeconds(59), NOW.plusSeconds(74), 10))
                .as("due at the replay")
                .isEmpty();
        assertThat(queue().claim("w", NOW.plusSeconds(60), NOW.plusSeconds(75), 10))
                .containsExactly(replayed);
    }

    @Test
    void anUpdateThroughTheInboxEndsTheLease() {
        WebhookEvent event = store(event(WebhookSource.RETELL, "call_g", NOW.minusSeconds(5)));
        queue().claim("w", NOW, NOW.plusSeconds(15), 10);
        WebhookEvent failed =
                event.failed("down", false, RetryPolicy.WEBHOOKS, NOW).orElseThrow();

        persistence.webhookInbox().update(failed).orElseThrow();

        assertThat(queue().renew("w", List.of(event.id()), NOW.plusSeconds(30)))
                .as("the lease ended with the update")
                .containsExactly(new WriteOutcome.VersionConflict<>());
        assertThat(queue().claim("other", NOW.plusSeconds(5), NOW.plusSeconds(20), 10))
                .as("claimed by anyone at its next attempt, though the old lease had not expired")
                .containsExactly(failed);
    }

    @Test
    void leaseWritesOnEventsThatWereNeverStoredAnswerNotFound() {
        WebhookEvent never = event(WebhookSource.RETELL, "call_h", NOW);

        assertThat(queue().complete("w", List.of(never.processed(NOW).orElseThrow())))
                .containsExactly(new WriteOutcome.NotFound<>());
        assertThat(queue().renew("w", List.of(never.id()), NOW.plusSeconds(15)))
                .containsExactly(new WriteOutcome.NotFound<>());
        assertThat(queue().release("w", List.of(never.id()))).containsExactly(new WriteOutcome.NotFound<>());
        assertThat(persistence.webhookInbox().find(never.id())).isEmpty();
        assertThat(queue().complete("w", List.of())).isEmpty();
    }

    @Test
    void aBatchOfResultsAnswersEachInTheOrderGiven() {
        WebhookEvent mine = store(event(WebhookSource.RETELL, "call_i", NOW.minusSeconds(5)));
        queue().claim("w", NOW, NOW.plusSeconds(15), 10);
        WebhookEvent theirs = store(event(WebhookSource.RETELL, "call_i", NOW.minusSeconds(4)));
        queue().claim("other", NOW, NOW.plusSeconds(15), 10);
        WebhookEvent never = event(WebhookSource.RETELL, "call_i", NOW);
        List<WebhookEvent> results = List.of(
                theirs.processed(NOW).orElseThrow(),
                never.processed(NOW).orElseThrow(),
                mine.processed(NOW).orElseThrow());

        assertThat(queue().complete("w", results))
                .containsExactly(
                        new WriteOutcome.VersionConflict<>(),
                        new WriteOutcome.NotFound<>(),
                        new WriteOutcome.Written<>(results.get(2)));
        assertThat(persistence.webhookInbox().find(theirs.id()).orElseThrow().status())
                .as("not saved")
                .isEqualTo(WebhookStatus.RECEIVED);
        assertThat(persistence.webhookInbox().find(mine.id())).contains(results.get(2));
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
                .containsExactly(new WriteOutcome.VersionConflict<>());
        assertThat(queue().renew("holder", List.of(event.id()), NOW.plusSeconds(40)))
                .containsExactly(new WriteOutcome.Written<>(event.id()));
        assertThat(queue().claim("other", NOW.plusSeconds(30), NOW.plusSeconds(45), 10))
                .as("renewed")
                .isEmpty();
        assertThat(queue().release("someone else", List.of(event.id())))
                .containsExactly(new WriteOutcome.VersionConflict<>());
        assertThat(queue().release("holder", List.of(event.id())))
                .containsExactly(new WriteOutcome.Written<>(event.id()));
        assertThat(queue().release("holder", List.of(event.id())))
                .as("released already")
                .containsExactly(new WriteOutcome.VersionConflict<>());
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
