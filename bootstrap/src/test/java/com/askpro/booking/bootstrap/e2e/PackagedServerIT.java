package com.askpro.booking.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.bootstrap.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end, as a newcomer runs it: the packaged jar with the embedded default in its own
 * process, {@code simulate-call} as another process, results checked through the tenant API; and
 * a SIGTERM in the middle of a webhook burst, after which every acknowledged event is processed
 * exactly once.
 */
class PackagedServerIT {

    static final String RETELL_KEY = "key_e2e_0123456789abcdef";
    static final String ADMIN_KEY = "admin_e2e_0123456789abcdef0123";
    static final String TENANT_KEY = "ak_e2edemo_0123456789abcdef0123456789";
    static final String DEMO_NUMBER = "+493083793369";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Map<String, String> env;

    @BeforeEach
    void environment() throws Exception {
        Path dataDir = Files.createTempDirectory("askpro-e2e");
        env = new HashMap<>(Map.of(
                "ASKPRO_DATA_DIR",
                dataDir.toString(),
                "ASKPRO_RETELL_API_KEYS",
                RETELL_KEY,
                "ASKPRO_ADMIN_KEY",
                ADMIN_KEY,
                "ASKPRO_DEMO_TENANT_KEY",
                TENANT_KEY,
                TestKeys.VARIABLE,
                TestKeys.KEY));
    }

    @Test
    void givenThePackagedServerWhenACallIsSimulatedThenCallAndAppointmentAreVisibleThroughTheApi() throws Exception {
        try (ServerProcess server = ServerProcess.serve(env, "serve", "--demo")) {
            server.awaitOutput("demo tenant 'Demo Salon' is ready");
            assertThat(server.output())
                    .contains("Demo Salon")
                    .contains("http://localhost:" + server.url().replaceAll(".*:", ""));

            ServerProcess.Result simulation =
                    ServerProcess.run(env, "simulate-call", "--url", server.url(), "--key", RETELL_KEY);
            assertThat(simulation.exitCode()).as(simulation.output()).isZero();
            String callId = simulation.output().replaceAll("(?s).*for call (sim_[0-9a-f]+).*", "$1");

            JsonNode call = awaitCall(server, callId, "analyzed");
            assertThat(call.path("summary").asText()).contains("Haarschnitt");
            assertThat(call.path("appointment_ids")).hasSize(1);
            JsonNode appointments =
                    get(server, "/api/v1/appointments?limit=200").path("items");
            assertThat(appointments)
                    .anySatisfy(a -> assertThat(a.path("id").asText())
                            .isEqualTo(call.path("appointment_ids").get(0).asText()));

            ServerProcess.Result again =
                    ServerProcess.run(env, "simulate-call", "--url", server.url(), "--key", RETELL_KEY);
            assertThat(again.exitCode())
                    .as("a second simulated call books too: " + again.output())
                    .isZero();
        }
    }

    @Test
    void givenABurstOfWebhooksWhenTheServerIsTerminatedAndRestartedThenEveryAcknowledgedEventIsProcessedOnce()
            throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        ServerProcess first = ServerProcess.serve(env, "serve", "--demo");
        first.awaitOutput("demo tenant 'Demo Salon' is ready");
        ExecutorService senders = Executors.newFixedThreadPool(8);
        String url = first.url();
        for (int i = 0; i < 400; i++) {
            String callId = "burst_" + i;
            senders.submit(() -> {
                sent.incrementAndGet();
                if (postEvent(url, callId) / 100 == 2) {
                    acknowledged.add(callId);
                }
            });
        }
        while (sent.get() < 100) {
            Thread.sleep(5);
        }
        int exit = first.terminate();
        senders.shutdown();
        assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(acknowledged)
                .as("some events were acknowledged before the stop")
                .isNotEmpty();

        try (ServerProcess second = ServerProcess.serve(env, "serve")) {
            Map<String, Integer> seen = awaitCalls(second, acknowledged);
            assertThat(seen.keySet()).containsAll(acknowledged);
            assertThat(seen.values()).as("one call per call id").allMatch(count -> count == 1);
            assertThat(allItems(second, "/api/v1/webhook-events?limit=200"))
                    .filteredOn(e -> !e.path("status").asText().equals("processed"))
                    .isEmpty();
        }
    }

    private int postEvent(String url, String callId) {
        byte[] body = ("{\"event\":\"call_started\",\"call\":{\"call_id\":\"" + callId + "\",\"direction\":\"inbound\","
                        + "\"from_number\":\"+4915112345678\",\"to_number\":\"" + DEMO_NUMBER
                        + "\",\"start_timestamp\":"
                        + Instant.now().toEpochMilli() + "}}")
                .getBytes(StandardCharsets.UTF_8);
        try {
            return http.send(
                            HttpRequest.newBuilder(java.net.URI.create(url + "/webhooks/retell"))
                                    .timeout(Duration.ofSeconds(10))
                                    .header(
                                            "X-Retell-Signature",
                                            RetellSignatureVerifier.sign(
                                                    body,
                                                    RETELL_KEY,
                                                    Instant.now().toEpochMilli()))
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception refusedOrCut) {
            return 0;
        }
    }

    private JsonNode awaitCall(ServerProcess server, String agentCallId, String status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode call : allItems(server, "/api/v1/calls?limit=200")) {
                if (call.path("retell_call_id").asText().equals(agentCallId)
                        && call.path("status").asText().equals(status)) {
                    return call;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("call " + agentCallId + " not " + status + " within 30 s");
    }

    private Map<String, Integer> awaitCalls(ServerProcess server, Set<String> expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, Integer> seen = new HashMap<>();
        while (Instant.now().isBefore(deadline)) {
            seen.clear();
            for (JsonNode call : allItems(server, "/api/v1/calls?limit=200")) {
                if (call.path("status").asText().equals("started")) {
                    seen.merge(call.path("retell_call_id").asText(), 1, Integer::sum);
                }
            }
            if (seen.keySet().containsAll(expected)) {
                return seen;
            }
            Thread.sleep(250);
        }
        return seen;
    }

    private List<JsonNode> allItems(ServerProcess server, String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = get(server, next);
            page.path("items").forEach(items::add);
            String cursor = page.path("next_cursor").isTextual()
                    ? page.path("next_cursor").asText()
                    : null;
            next = cursor == null ? null : path + (path.contains("?") ? "&" : "?") + "cursor=" + cursor;
        }
        return items;
    }

    private JsonNode get(ServerProcess server, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(server.uri(path))
                        .header("Authorization", "Bearer " + TENANT_KEY)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
