package com.askpro.booking.adapter.retell.provisioning;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.application.onboarding.AgentWebhookProbe;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Adapter: the self-test's synthetic Retell requests — the same envelopes Retell sends
 * (shared/reference/retell.md §1, §3, §4), signed with {@code X-Retell-Signature} over the exact
 * bytes sent — posted with OkHttp to our own public URLs. Never retried: the self-test reports
 * what one attempt did.
 */
public final class OkHttpRetellWebhookProbe implements AgentWebhookProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final String signingKey;
    private final Clock clock;
    private final OkHttpClient client;

    /** {@code signingKey}: a key the server accepts (the first of ASKPRO_RETELL_API_KEYS); null when none. */
    public OkHttpRetellWebhookProbe(String signingKey, Duration timeout, Clock clock) {
        this.signingKey = signingKey == null || signingKey.isBlank() ? null : signingKey;
        this.clock = clock;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(timeout.toMillis() * 2, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }

    @Override
    public boolean configured() {
        return signingKey != null;
    }

    @Override
    public Reply inbound(String url, String callId, String toNumber, String fromNumber) {
        return post(
                url,
                Map.of(
                        "event",
                        "call_inbound",
                        "event_timestamp",
                        clock.millis(),
                        "call_inbound",
                        Map.of("from_number", fromNumber, "to_number", toNumber, "call_id", callId)));
    }

    @Override
    public Reply function(
            String url, String callId, String toNumber, String fromNumber, String name, Map<String, Object> args) {
        return post(
                url,
                Map.of(
                        "name",
                        name,
                        "args",
                        args,
                        "call",
                        call(callId, toNumber, fromNumber, "ongoing", clock.millis(), null)));
    }

    @Override
    public Reply event(String url, String event, String callId, String toNumber, String fromNumber, long startMs) {
        boolean ended = !event.equals("call_started");
        Long endMs = ended ? Math.max(startMs, clock.millis()) : null;
        return post(
                url,
                Map.of(
                        "event",
                        event,
                        "call",
                        call(callId, toNumber, fromNumber, ended ? "ended" : "ongoing", startMs, endMs)));
    }

    private static Map<String, Object> call(
            String callId, String to, String from, String status, long startMs, Long endMs) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("call_id", callId);
        call.put("call_type", "phone_call");
        call.put("direction", "inbound");
        call.put("from_number", from);
        call.put("to_number", to);
        call.put("agent_id", "agent_selftest");
        call.put("call_status", status);
        call.put("start_timestamp", startMs);
        if (endMs != null) {
            call.put("end_timestamp", endMs);
            call.put("duration_ms", endMs - startMs);
            call.put("disconnection_reason", "agent_hangup");
        }
        return call;
    }

    private Reply post(String url, Map<String, Object> body) {
        long started = System.nanoTime();
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            Request request = new Request.Builder()
                    .url(url)
                    .header("X-Retell-Signature", RetellSignatureVerifier.sign(bytes, signingKey, clock.millis()))
                    .post(RequestBody.create(bytes, JSON_TYPE))
                    .build();
            try (Response response = client.newCall(request).execute()) {
                String text = response.body().string();
                Map<String, Object> json = Map.of();
                if (!text.isBlank()) {
                    try {
                        json = JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
                    } catch (IOException notJson) {
                        json = Map.of();
                    }
                }
                return new Reply(response.code(), elapsed(started), json, null);
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Reply(
                    0,
                    elapsed(started),
                    Map.of(),
                    "no answer: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    private static long elapsed(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
