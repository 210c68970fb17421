package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, group commit on PostgreSQL: concurrent acknowledgements share a transaction, duplicates are
 * still refused by the unique key (also within one batch), and a batch with one event the database refuses
 * (here: a CHECK constraint the test adds) stores every other event and fails only that one.
 */
class PostgresGroupCommitTest extends DatabaseTest {

    private static final Instant NOW = Fixtures.at("2033-01-01T00:00:00Z");

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }

    @BeforeAll
    void refusePoison() throws SQLException {
        if (persistence == null) {
            return;
        }
        try (Connection connection = persistence.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "ALTER TABLE webhook_events ADD CONSTRAINT test_no_poison CHECK (event_key NOT LIKE 'poison%')");
        }
    }

    @Test
    void theInboxOnPostgresCommitsInGroups() {
        assertThat(persistence.webhookInbox()).isInstanceOf(GroupCommitInbox.class);
    }

    @Test
    void aBatchWithOneRefusedEventStoresAllOthersAndFailsOnlyThatOne() {
        GroupCommitInbox inbox = (GroupCommitInbox) persistence.webhookInbox();
        List<WebhookEvent> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(event((i == 7 ? "poison-" : "fine-") + UUID.randomUUID()));
        }
        events.add(event(events.get(3).eventKey()));

        List<CompletableFuture<WriteOutcome<WebhookEvent>>> answers = inbox.storeAsOneBatch(events);

        for (int i = 0; i < 20; i++) {
            if (i == 7) {
                assertThat(catchThrowable(answers.get(i)::join)).isInstanceOf(CompletionException.class);
                assertThat(persistence
                                .webhookInbox()
                                .find(WebhookSource.RETELL, events.get(i).eventKey()))
                        .isEmpty();
            } else {
                assertThat(answers.get(i).join().isWritten()).as("event %d", i).isTrue();
                assertThat(persistence.webhookInbox().find(events.get(i).id())).contains(events.get(i));
            }
        }
        assertThat(answers.get(20).join()).as("duplicate of event 3").isInstanceOf(WriteOutcome.AlreadyExists.class);
    }

    @Test
    void duplicatesWithinOneBatchAreStoredOnce() {
        GroupCommitInbox inbox = (GroupCommitInbox) persistence.webhookInbox();
        String key = "twice-" + UUID.randomUUID();

        List<CompletableFuture<WriteOutcome<WebhookEvent>>> answers =
                inbox.storeAsOneBatch(List.of(event(key), event(key)));

        assertThat(answers.get(0).join().isWritten()).isTrue();
        assertThat(answers.get(1).join()).isInstanceOf(WriteOutcome.AlreadyExists.class);
        assertThat(count("SELECT COUNT(*) FROM webhook_events WHERE event_key = ?", key))
                .isEqualTo(1);
    }

    @Test
    void manyConcurrentStoresWithOneRefusedAllOthersCommit() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Object> outcomes = Concurrently.run(40, i -> {
            try {
                return persistence.webhookInbox().store(event((i == 13 ? "poison-" : "many-") + run + "-" + i));
            } catch (RuntimeException e) {
                return e;
            }
        });

        for (int i = 0; i < 40; i++) {
            if (i == 13) {
                assertThat(outcomes.get(i)).isInstanceOf(RuntimeException.class);
            } else {
                assertThat(outcomes.get(i)).as("store %d", i).isInstanceOf(WriteOutcome.Written.class);
            }
        }
        assertThat(count("SELECT COUNT(*) FROM webhook_events WHERE event_key LIKE ?", "many-" + run + "-%"))
                .isEqualTo(39);
    }

    private static WebhookEvent event(String key) {
        return WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.RETELL,
                key,
                "call_started",
                "{\"event\":\"call_started\"}",
                "corr",
                "call_" + key.hashCode(),
                NOW);
    }
}
