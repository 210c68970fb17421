package com.askpro.booking.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.bootstrap.Config;
import com.askpro.booking.bootstrap.DemoTenant;
import com.askpro.booking.bootstrap.Server;
import com.askpro.booking.bootstrap.TestKeys;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one database, events delivered to both at once: every event is
 * processed exactly once in the whole cluster. Concrete classes pick the database.
 */
abstract class ClusterProcessingContract {

    static final String KEY = "key_cluster_test_0123456789";
    static final int EVENTS = 100;
    private static final Pattern PROCESSED =
            Pattern.compile("askpro_webhooks_processed_total\\{source=\"retell\"\\} ([0-9.]+)");

    private final List<Server> servers = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** Environment selecting the shared database (empty map: embedded H2 in {@code dataDir}). */
    abstract Map<String, String> database(Path dataDir) throws Exception;

    /** Removes what {@link #database} created, after the servers stopped. */
    void dropDatabase() throws Exception {}

    @AfterEach
    void stopServers() throws Exception {
        servers.forEach(Server::close);
        dropDatabase();
    }

    @Test
    void givenTwoInstancesOnOneDatabaseWhenEventsArriveAtBothThenEachIsProcessedExactlyOnce() throws Exception {
        Path dataDir = Files.createTempDirectory("askpro-cluster");
        Map<String, String> env = new HashMap<>(database(dataDir));
        env.put("ASKPRO_HTTP_PORT", "0");
        env.put("ASKPRO_HTTP_HOST", "127.0.0.1");
        env.put("ASKPRO_DATA_DIR", dataDir.toString());
        env.put("ASKPRO_RETELL_API_KEYS", KEY);
        Server first = start(env);
        var db = first.persistence();
        DemoTenant.ensure(
                db.companies(),
                db.branches(),
                db.phoneNumbers(),
                db.services(),
                db.staffMembers(),
                db.tenantDirectory());
        Server second = start(env);

        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            Server target = i % 2 == 0 ? first : second;
            String callId = "cluster_" + i;
            statuses.add(senders.submit(() -> post(target, callId)));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(204);
        }
        senders.shutdown();

        WebhookInbox inbox = db.webhookInbox();
        awaitAllProcessed(inbox);
        for (int i = 0; i < EVENTS; i++) {
            WebhookEvent event = inbox.find(WebhookSource.RETELL, "call_started:cluster_" + i)
                    .orElseThrow();
            assertThat(event.status()).isEqualTo(WebhookStatus.PROCESSED);
            assertThat(event.attempts()).isEqualTo(1);
        }
        assertThat(processedCount(first) + processedCount(second)).isEqualTo(EVENTS);
    }

    private Server start(Map<String, String> env) {
        Server server = Server.start(Config.fromEnvironment(TestKeys.withKey(env)), Clock.systemUTC());
        servers.add(server);
        return server;
    }

    private int post(Server server, String callId) throws Exception {
        byte[] body = ("{\"event\":\"call_started\",\"call\":{\"call_id\":\"" + callId + "\",\"direction\":\"inbound\","
                        + "\"from_number\":\"+4915112345678\",\"to_number\":\"" + DemoTenant.NUMBER
                        + "\",\"start_timestamp\":"
                        + Instant.now().toEpochMilli() + "}}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/webhooks/retell"))
                .header(
                        "X-Retell-Signature",
                        RetellSignatureVerifier.sign(body, KEY, Instant.now().toEpochMilli()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void awaitAllProcessed(WebhookInbox inbox) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            boolean done = true;
            for (int i = 0; i < EVENTS && done; i++) {
                Optional<WebhookEvent> event = inbox.find(WebhookSource.RETELL, "call_started:cluster_" + i);
                done = event.isPresent() && event.get().status() == WebhookStatus.PROCESSED;
            }
            if (done) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private long processedCount(Server server) throws Exception {
        String metrics = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher matcher = PROCESSED.matcher(metrics);
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }
}
