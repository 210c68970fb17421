package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static com.askpro.booking.bootstrap.RetellClient.bytes;
import static com.askpro.booking.bootstrap.RetellClient.callEnded;
import static com.askpro.booking.bootstrap.RetellClient.callStarted;
import static com.askpro.booking.bootstrap.RunningServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.RetellClient.Response;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12 on PostgreSQL (ASKPRO_TEST_POSTGRES_URL; skipped without it): two server instances on one
 * schema, the inbox as their shared queue. A burst delivered to both is stored once and processed exactly
 * once in total. (Group commit with a refused event: {@link PostgresGroupCommitFlowTest}.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresWebhookPipelineTest {

    private static final int CALLS = 60;

    private PostgresSchema schema;
    private RunningServer a;
    private RunningServer b;

    @BeforeAll
    void start() throws Exception {
        schema = PostgresSchema.create("pipe12");
        a = RunningServer.start(
                Clock.systemUTC(),
                Server.SWEEP_INTERVAL,
                Files.createTempDirectory("askpro-pipe-a"),
                schema.environment());
        b = RunningServer.start(
                Clock.systemUTC(),
                Server.SWEEP_INTERVAL,
                Files.createTempDirectory("askpro-pipe-b"),
                schema.environment());
    }

    @AfterAll
    void stop() throws Exception {
        for (RunningServer server : new RunningServer[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
        if (schema != null) {
            schema.drop();
        }
    }

    @Test
    void givenTwoInstancesOnOnePostgresWhenBurstDeliveredToBothThenEachEventProcessedExactlyOnce() {
        assertThat(b.demo().id())
                .as("one database, one demo tenant")
                .isEqualTo(a.demo().id());
        double processedBefore = processed(a) + processed(b);
        long storedBefore = a.webhookEvents();
        List<String> callIds = new ArrayList<>();
        List<CompletableFuture<Response>> sent = new ArrayList<>();
        long start = a.retell().nowMs() - 60_000;
        for (int i = 0; i < CALLS; i++) {
            String id = "call_" + UUID.randomUUID().toString().replace("-", "");
            callIds.add(id);
            for (byte[] body : List.of(
                    bytes(callStarted(id, "+4915166667777", DEMO_NUMBER, start)),
                    bytes(callEnded(id, "+4915166667777", DEMO_NUMBER, start, start + 20_000, "user_hangup")))) {
                sent.add(a.retell().signedAsync("/webhooks/retell", body));
                sent.add(b.retell().signedAsync("/webhooks/retell", body));
            }
        }

        assertThat(sent.stream().map(CompletableFuture::join).map(Response::status))
                .containsOnly(204);

        await(
                "all events processed",
                Duration.ofSeconds(60),
                () -> callIds.stream()
                        .allMatch(id -> List.of("call_started", "call_ended").stream()
                                .allMatch(type -> a.db().webhookInbox()
                                        .find(WebhookSource.RETELL, type + ":" + id)
                                        .filter(e -> e.status() == WebhookStatus.PROCESSED)
                                        .isPresent())));
        for (String id : callIds) {
            for (String type : List.of("call_started", "call_ended")) {
                WebhookEvent event = a.db().webhookInbox()
                        .find(WebhookSource.RETELL, type + ":" + id)
                        .orElseThrow();
                assertThat(event.attempts()).as("processed once").isEqualTo(1);
                assertThat(event.callId()).isEqualTo(id);
            }
            assertThat(a.db().calls()
                            .findByAgentCallId(a.demoTenant(), id)
                            .orElseThrow()
                            .status())
                    .isEqualTo(CallStatus.ENDED);
        }
        assertThat(a.webhookEvents() - storedBefore).isEqualTo(2L * CALLS);
        assertThat(processed(a) + processed(b) - processedBefore)
                .as("processed once across both instances")
                .isEqualTo(2.0 * CALLS);
    }

    private static double processed(RunningServer server) {
        return server.metric("askpro_webhooks_processed_total", "source=\"retell\"");
    }
}
