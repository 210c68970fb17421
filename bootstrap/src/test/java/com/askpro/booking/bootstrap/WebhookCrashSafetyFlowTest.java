package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static com.askpro.booking.bootstrap.RetellClient.bytes;
import static com.askpro.booking.bootstrap.RetellClient.callStarted;
import static com.askpro.booking.bootstrap.RunningServer.awaitValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.PersistenceConfig;
import com.askpro.booking.adapter.persistence.crypto.EncryptionKey;
import com.askpro.booking.adapter.persistence.crypto.EncryptionKeys;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, crash safety: an event that was stored (acknowledged) but never got its processing job —
 * the process died in between — is picked up by the sweeper, also after a restart, and processed once.
 */
class WebhookCrashSafetyFlowTest {

    private static final Duration SWEEP = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Stores a call_started event the way the receiver does, but schedules no job for it. */
    private static WebhookEvent storeWithoutJob(WebhookInbox inbox, String callId) {
        byte[] body = bytes(callStarted(callId, "+4915144445555", DEMO_NUMBER, System.currentTimeMillis() - 10_000));
        WebhookEvent event = WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.RETELL,
                "call_started:" + callId,
                "call_started",
                new String(body, StandardCharsets.UTF_8),
                "crash-" + callId.substring(5, 13),
                Instant.now());
        assertThat(inbox.store(event).isWritten()).isTrue();
        return event;
    }

    private static String newCallId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static WebhookEvent awaitProcessed(RunningServer app, WebhookEventId id) {
        return awaitValue(
                "event " + id + " processed",
                WAIT,
                () -> app.db().webhookInbox().find(id).filter(e -> e.status() == WebhookStatus.PROCESSED));
    }

    @Test
    void givenEventStoredWithoutJobWhenServerRunsThenSweeperProcessesItOnce() {
        try (RunningServer app = RunningServer.start(Clock.systemUTC(), SWEEP)) {
            String callId = newCallId();

            WebhookEvent stored = storeWithoutJob(app.db().webhookInbox(), callId);

            WebhookEvent processed = awaitProcessed(app, stored.id());
            assertThat(processed.attempts()).isEqualTo(1);
            assertThat(processed.companyId()).isEqualTo(app.demo().id());
            Call call =
                    app.db().calls().findByAgentCallId(app.demoTenant(), callId).orElseThrow();
            assertThat(call.status()).isEqualTo(CallStatus.STARTED);
        }
    }

    @Test
    void givenEventsStoredWhileServerWasDownWhenRestartedThenEachIsProcessedExactlyOnce() {
        RunningServer first = RunningServer.start(Clock.systemUTC(), SWEEP);
        first.stop();
        String[] callIds = {newCallId(), newCallId(), newCallId()};
        WebhookEvent[] stored = new WebhookEvent[callIds.length];
        try (JdbiPersistence db = JdbiPersistence.start(
                PersistenceConfig.embedded(first.dataDir()),
                EncryptionKeys.of(EncryptionKey.parse(TestKeys.KEY, TestKeys.VARIABLE)))) {
            for (int i = 0; i < callIds.length; i++) {
                stored[i] = storeWithoutJob(db.webhookInbox(), callIds[i]);
            }
        }

        try (RunningServer restarted = RunningServer.start(Clock.systemUTC(), SWEEP, first.dataDir())) {
            assertThat(restarted.demo().id())
                    .as("same database, same demo tenant")
                    .isEqualTo(first.demo().id());
            for (int i = 0; i < callIds.length; i++) {
                WebhookEvent processed = awaitProcessed(restarted, stored[i].id());
                assertThat(processed.attempts()).isEqualTo(1);
                assertThat(restarted.count("select count(*) from calls where retell_call_id = ?", callIds[i]))
                        .isEqualTo(1);
            }
        }
    }
}
