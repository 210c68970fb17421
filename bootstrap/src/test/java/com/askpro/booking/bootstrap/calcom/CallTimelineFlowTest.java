package com.askpro.booking.bootstrap.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.application.admin.ManageApiKeys;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The debug timeline of a call over real HTTP: Retell events, the agent's function calls (one of
 * them a refused booking) and the Cal.com requests they caused (against MockWebServer) come back
 * from {@code GET /api/v1/calls/{id}/timeline} in order, each with its correlation id; another
 * tenant's key, an unknown and a malformed id answer 404.
 */
class CallTimelineFlowTest extends CalcomServerTest {

    private static final String RETELL_CALL =
            "call_timeline_" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void
            givenACallWithEventsFunctionsAndCalcomRequestsWhenTheTimelineIsReadThenEverythingIsThereInOrderWithCorrelationIds()
                    throws Exception {
        String key = tenantKey(company);
        long start = System.currentTimeMillis();
        assertThat(event("call_started", start, null, "corr-started")).isEqualTo(204);
        JsonNode check = function(
                "check_availability",
                Map.of("service", "Haarschnitt", "date", day().toString(), "time", "10:00"),
                start,
                "corr-check");
        JsonNode refused = function(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        day().toString(),
                        "time",
                        "19:00",
                        "customer_name",
                        "Max Mustermann"),
                start,
                "corr-refused");
        JsonNode booked = function(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        day().toString(),
                        "time",
                        "10:00",
                        "customer_name",
                        "Max Mustermann"),
                start,
                "corr-booked");
        assertThat(event("call_ended", start, System.currentTimeMillis(), "corr-ended"))
                .isEqualTo(204);
        assertThat(check.path("available").asBoolean()).as(check.toString()).isTrue();
        assertThat(refused.path("booked").asBoolean()).as(refused.toString()).isFalse();
        assertThat(booked.path("booked").asBoolean()).as(booked.toString()).isTrue();
        String callId = callId(key);

        await(
                "both events are processed",
                () -> entries(key, callId).stream()
                                .filter(e -> e.path("kind").asText().equals("webhook_event")
                                        && e.path("status").asText().equals("processed"))
                                .count()
                        == 2);
        JsonNode timeline = get(key, "/api/v1/calls/" + callId + "/timeline").json;
        List<JsonNode> entries = entries(key, callId);

        assertThat(timeline.path("call_id").asText()).isEqualTo(callId);
        assertThat(timeline.path("retell_call_id").asText()).isEqualTo(RETELL_CALL);
        assertThat(entries)
                .extracting(e ->
                        e.path("kind").asText() + ":" + e.path("correlation_id").asText())
                .startsWith("webhook_event:corr-started", "function_call:corr-check")
                .endsWith("webhook_event:corr-ended");
        List<Instant> times =
                entries.stream().map(e -> Instant.parse(e.path("at").asText())).toList();
        assertThat(times).isSorted();

        List<JsonNode> functions = ofKind(entries, "function_call");
        assertThat(functions)
                .extracting(f ->
                        f.path("function").asText() + "→" + f.path("outcome").asText())
                .containsExactly(
                        "check_availability→available", "book_appointment→not_booked", "book_appointment→booked");
        JsonNode notBooked = functions.get(1);
        assertThat(notBooked.path("reason").asText())
                .isNotBlank()
                .isEqualTo(refused.path("reason").asText());
        assertThat(notBooked.path("requested").asText()).isEqualTo(day() + "T19:00");
        assertThat(notBooked.path("correlation_id").asText()).isEqualTo("corr-refused");
        assertThat(notBooked.has("duration_ms")).isTrue();
        assertThat(functions.get(2).path("appointment_id").asText())
                .isEqualTo(booked.path("appointment_id").asText());

        List<JsonNode> calendar = ofKind(entries, "calendar_request");
        assertThat(calendar)
                .extracting(
                        r -> r.path("method").asText() + " " + r.path("path").asText())
                .contains("GET /v2/slots", "POST /v2/bookings");
        JsonNode create = calendar.stream()
                .filter(r -> r.path("path").asText().equals("/v2/bookings"))
                .findFirst()
                .orElseThrow();
        assertThat(create.path("provider").asText()).isEqualTo("calcom");
        assertThat(create.path("http_status").asInt()).isEqualTo(201);
        assertThat(create.path("correlation_id").asText()).isEqualTo("corr-booked");
        assertThat(entries.indexOf(create)).isGreaterThan(entries.indexOf(functions.get(2)));
        assertThat(calendar)
                .allSatisfy(r -> assertThat(r.path("correlation_id").asText())
                        .isIn("corr-check", "corr-refused", "corr-booked"));

        String body = get(key, "/api/v1/calls/" + callId + "/timeline").raw.body();
        assertThat(body).doesNotContain("Max Mustermann").doesNotContain(CALLER).doesNotContain(CALCOM_KEY);
    }

    @Test
    void givenCalcomDownWhileBookingWhenItIsBackThenTheTimelineShowsTheFailedRequestAndTheLaterSync() throws Exception {
        String key = tenantKey(company);
        calcom.down = true;
        JsonNode booked = function(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        day().toString(),
                        "time",
                        "10:30",
                        "customer_name",
                        "Erika Muster"),
                System.currentTimeMillis(),
                "corr-down");
        assertThat(booked.path("booked").asBoolean()).as(booked.toString()).isTrue();
        String callId = callId(key);
        calcom.down = false;

        await(
                "the background sync reached Cal.com",
                () -> ofKind(entries(key, callId), "calendar_request").stream()
                        .anyMatch(r -> r.path("http_status").asInt() == 201));
        List<JsonNode> calendar = ofKind(entries(key, callId), "calendar_request");
        JsonNode failed = calendar.get(0);
        assertThat(failed.path("http_status").asInt()).isEqualTo(503);
        assertThat(failed.path("correlation_id").asText()).isEqualTo("corr-down");
        assertThat(failed.path("error").asText()).contains("503");
        JsonNode synced = calendar.stream()
                .filter(r -> r.path("http_status").asInt() == 201)
                .findFirst()
                .orElseThrow();
        assertThat(synced.path("path").asText()).isEqualTo("/v2/bookings");
        assertThat(synced.path("correlation_id").asText()).isNotEqualTo("corr-down");
        assertThat(ofKind(entries(key, callId), "function_call"))
                .extracting(f -> f.path("outcome").asText())
                .containsExactly("booked");
    }

    @Test
    void givenAnotherTenantsKeyOrABadIdWhenTheTimelineIsReadThenItIsNotFound() throws Exception {
        long start = System.currentTimeMillis();
        function("list_services", Map.of(), start, "corr-list");
        String callId = callId(tenantKey(company));
        Company other = server.persistence()
                .companies()
                .add(Company.create(CompanyId.newId(), "Anderer Salon", "DE", BERLIN, Language.DE));
        String otherKey = tenantKey(other);

        assertThat(get(otherKey, "/api/v1/calls/" + callId + "/timeline").status)
                .isEqualTo(404);
        assertThat(get(otherKey, "/api/v1/calls/" + callId).status).isEqualTo(404);
        String key = tenantKey(company);
        assertThat(get(key, "/api/v1/calls/" + callId + "/timeline").status).isEqualTo(200);
        assertThat(get(key, "/api/v1/calls/" + UUID.randomUUID() + "/timeline").status)
                .isEqualTo(404);
        assertThat(get(key, "/api/v1/calls/1-2-3-4-5/timeline").status).isEqualTo(404);
        assertThat(get(key, "/api/v1/calls/" + callId.toUpperCase() + "x/timeline").status)
                .isEqualTo(404);
        assertThat(get(null, "/api/v1/calls/" + callId + "/timeline").status).isEqualTo(401);
    }

    private record Reply(int status, HttpResponse<String> raw, JsonNode json) {}

    private String tenantKey(Company owner) {
        var db = server.persistence();
        return new ManageApiKeys(db.apiKeys(), db.companies(), db.auditLog(), Clock.systemUTC())
                .issue(Principal.PLATFORM, owner.id(), "tenant_read", "timeline test")
                .secret();
    }

    private String callId(String key) throws Exception {
        for (JsonNode call : get(key, "/api/v1/calls").json.path("items")) {
            if (call.path("retell_call_id").asText().equals(RETELL_CALL)) {
                return call.path("id").asText();
            }
        }
        throw new AssertionError("call " + RETELL_CALL + " is not listed");
    }

    private List<JsonNode> entries(String key, String callId) {
        try {
            List<JsonNode> entries = new ArrayList<>();
            get(key, "/api/v1/calls/" + callId + "/timeline")
                    .json
                    .path("entries")
                    .forEach(entries::add);
            return entries;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<JsonNode> ofKind(List<JsonNode> entries, String kind) {
        return entries.stream()
                .filter(e -> e.path("kind").asText().equals(kind))
                .toList();
    }

    private Reply get(String key, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response,
                response.body().isEmpty() ? null : FakeCalcom.JSON.readTree(response.body()));
    }

    private Map<String, Object> call(long start, Long end) {
        Map<String, Object> call = new HashMap<>(Map.of(
                "call_id",
                RETELL_CALL,
                "call_type",
                "phone_call",
                "direction",
                "inbound",
                "from_number",
                CALLER,
                "to_number",
                NUMBER,
                "agent_id",
                "agent_timeline",
                "call_status",
                end == null ? "ongoing" : "ended",
                "start_timestamp",
                start));
        if (end != null) {
            call.put("end_timestamp", end);
            call.put("duration_ms", end - start);
            call.put("disconnection_reason", "user_hangup");
        }
        return call;
    }

    private int event(String type, long start, Long end, String correlationId) throws Exception {
        byte[] body = FakeCalcom.JSON.writeValueAsBytes(Map.of("event", type, "call", call(start, end)));
        return http.send(signed("/webhooks/retell", body, correlationId), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private JsonNode function(String name, Map<String, Object> args, long start, String correlationId)
            throws Exception {
        byte[] body = FakeCalcom.JSON.writeValueAsBytes(Map.of("name", name, "args", args, "call", call(start, null)));
        HttpResponse<String> response = http.send(
                signed("/webhooks/retell/functions", body, correlationId), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FakeCalcom.JSON.readTree(response.body());
    }

    private HttpRequest signed(String path, byte[] body, String correlationId) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", correlationId)
                .header(
                        "X-Retell-Signature",
                        RetellSignatureVerifier.sign(body, RETELL_KEY, System.currentTimeMillis()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
