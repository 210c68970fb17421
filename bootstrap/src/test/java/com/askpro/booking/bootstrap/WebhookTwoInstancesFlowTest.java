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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, cluster safety on the embedded database: two server instances in one JVM share one H2
 * database (and so one db-scheduler table). A burst of events, each delivered to both instances,
 * is stored once and processed exactly once in total.
 */
class WebhookTwoInstancesFlowTest {

    private static final int CALLS = 20;

    @Test
    void givenTwoInstancesOnOneDatabaseWhenBurstDeliveredToBothThenEachEventProcessedExactlyOnce() {
        try (RunningServer a = RunningServer.start(Clock.systemUTC())) {
            RunningServer b = RunningServer.start(Clock.systemUTC(), Server.SWEEP_INTERVAL, a.dataDir());
            try {
                burst(a, b);
            } finally {
                b.stop(); // a, closed last, removes the shared data directory
            }
        }
    }

    private static void burst(RunningServer a, RunningServer b) {
        assertThat(b.demo().id())
                .as("one database, one demo tenant")
                .isEqualTo(a.demo().id());
        double processedBefore = processed(a) + processed(b);
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
                () -> a.count("select count(*) from webhook_events where status = ?", WebhookStatus.PROCESSED.name())
                        >= 2L * CALLS);
        for (String id : callIds) {
            for (String type : List.of("call_started", "call_ended")) {
                WebhookEvent event = a.db().webhookInbox()
                        .find(WebhookSource.RETELL, type + ":" + id)
                        .orElseThrow();
                assertThat(event.status()).isEqualTo(WebhookStatus.PROCESSED);
                assertThat(event.attempts()).isEqualTo(1);
            }
            assertThat(a.db().calls()
                            .findByAgentCallId(a.demoTenant(), id)
                            .orElseThrow()
                            .status())
                    .isEqualTo(CallStatus.ENDED);
        }
        assertThat(a.webhookEvents()).isEqualTo(2L * CALLS);
        assertThat(processed(a) + processed(b) - processedBefore)
                .as("processed once across both instances")
                .isEqualTo(2.0 * CALLS);
    }

    private static double processed(RunningServer server) {
        return server.metric("askpro_webhooks_processed_total", "source=\"retell\"");
    }
}
