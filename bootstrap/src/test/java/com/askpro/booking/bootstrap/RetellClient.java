package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Talks to a running server the way Retell does: JSON bodies signed with {@code X-Retell-Signature}
 * ({@link RetellSignatureVerifier#sign}) at the server clock's time. Also sends deliberately broken
 * requests, and builds the payloads of call events, inbound webhooks and function calls.
 */
final class RetellClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DEMO_NUMBER = DemoTenant.NUMBER;

    private final URI base;
    private final String key;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    RetellClient(URI base, String key, Clock clock) {
        this.base = base;
        this.key = key;
        this.clock = clock;
    }

    /** An HTTP answer. */
    record Response(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    // ---- sending --------------------------------------------------------------------------------

    /** POSTs {@code body} signed with the test key at the server clock's now. */
    Response signed(String path, byte[] body) {
        return post(path, body, Map.of("X-Retell-Signature", signature(body, key, clock.millis())));
    }

    Response signed(String path, JsonNode body) {
        return signed(path, bytes(body));
    }

    /** POSTs with exactly the given headers (none added except the content type). */
    Response post(String path, byte[] body, Map<String, String> headers) {
        try {
            return toResponse(http.send(
                    request(path, body, headers), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<Response> postAsync(String path, byte[] body, Map<String, String> headers) {
        return http.sendAsync(request(path, body, headers), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(RetellClient::toResponse);
    }

    CompletableFuture<Response> signedAsync(String path, byte[] body) {
        return postAsync(path, body, Map.of("X-Retell-Signature", signature(body, key, clock.millis())));
    }

    Response get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .GET()
                    .build();
            return toResponse(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String signature(byte[] body, String key, long timestampMs) {
        return RetellSignatureVerifier.sign(body, key, timestampMs);
    }

    long nowMs() {
        return clock.millis();
    }

    private HttpRequest request(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return builder.build();
    }

    private static Response toResponse(HttpResponse<String> response) {
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    // ---- Retell payloads ------------------------------------------------------------------------

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The call object of an inbound phone call, as in {@code call_started}. */
    static ObjectNode call(String callId, String from, String to, long startMs) {
        ObjectNode call = JSON.createObjectNode()
                .put("call_id", callId)
                .put("call_type", "phone_call")
                .put("direction", "inbound")
                .put("to_number", to)
                .put("agent_id", "agent_flowtest")
                .put("call_status", "ongoing")
                .put("start_timestamp", startMs);
        if (from != null) {
            call.put("from_number", from);
        }
        return call;
    }

    static ObjectNode callStarted(String callId, String from, String to, long startMs) {
        return envelope("call_started", call(callId, from, to, startMs));
    }

    static ObjectNode callEnded(String callId, String from, String to, long startMs, long endMs, String reason) {
        ObjectNode call = call(callId, from, to, startMs)
                .put("call_status", "ended")
                .put("end_timestamp", endMs)
                .put("duration_ms", endMs - startMs)
                .put("disconnection_reason", reason)
                .put("transcript", "Agent: Demo Salon, guten Tag!\nUser: Einen Haarschnitt, bitte.");
        return envelope("call_ended", call);
    }

    static ObjectNode callAnalyzed(
            String callId,
            String from,
            String to,
            long startMs,
            long endMs,
            String reason,
            String summary,
            String sentiment,
            boolean successful) {
        ObjectNode call =
                (ObjectNode) callEnded(callId, from, to, startMs, endMs, reason).get("call");
        call.putObject("call_analysis")
                .put("call_summary", summary)
                .put("user_sentiment", sentiment)
                .put("call_successful", successful)
                .put("in_voicemail", false);
        return envelope("call_analyzed", call);
    }

    static ObjectNode envelope(String event, ObjectNode call) {
        ObjectNode root = JSON.createObjectNode().put("event", event);
        root.set("call", call);
        return root;
    }

    static ObjectNode inbound(String from, String to, String callId) {
        ObjectNode root =
                JSON.createObjectNode().put("event", "call_inbound").put("event_timestamp", 1_780_012_672_105L);
        ObjectNode inbound = root.putObject("call_inbound")
                .put("agent_id", "agent_flowtest")
                .put("agent_version", 1)
                .put("to_number", to);
        if (from != null) {
            inbound.put("from_number", from);
        }
        if (callId != null) {
            inbound.put("call_id", callId);
        }
        return root;
    }

    /** A custom-function request {@code {name, args, call}} during an ongoing inbound call. */
    static ObjectNode function(String name, Map<String, ?> args, String callId, String from, String to, long startMs) {
        ObjectNode root = JSON.createObjectNode().put("name", name);
        root.set("args", JSON.valueToTree(args));
        root.set("call", call(callId, from, to, startMs));
        return root;
    }
}
