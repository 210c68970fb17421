package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static com.askpro.booking.bootstrap.RetellClient.bytes;
import static com.askpro.booking.bootstrap.RetellClient.callAnalyzed;
import static com.askpro.booking.bootstrap.RetellClient.callEnded;
import static com.askpro.booking.bootstrap.RetellClient.callStarted;
import static com.askpro.booking.bootstrap.RunningServer.await;
import static com.askpro.booking.bootstrap.RunningServer.awaitValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.RetellClient.Response;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 over real HTTP: signed Retell call events are verified, stored once, processed in the
 * background into the demo tenant's Call; forged, stale and malformed requests change nothing.
 */
class RetellWebhookFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CALLER = "+4915112345678";
    private static final String UNKNOWN_NUMBER = "+498912345678";

    private static RunningServer app;
    private static RetellClient retell;

    @BeforeAll
    static void start() {
        app = RunningServer.start(Clock.systemUTC());
        retell = app.retell();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String newCallId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Optional<Call> call(String callId) {
        return app.db().calls().findByAgentCallId(app.demoTenant(), callId);
    }

    private static Call awaitCall(String callId, CallStatus status) {
        return awaitValue(
                "call " + callId + " to be " + status, WAIT, () -> call(callId).filter(c -> c.status() == status));
    }

    private static Optional<WebhookEvent> event(String type, String callId) {
        return app.db().webhookInbox().find(WebhookSource.RETELL, type + ":" + callId);
    }

    private static WebhookEvent awaitEvent(String type, String callId, WebhookStatus status) {
        return awaitValue(
                type + " of " + callId + " to be " + status,
                WAIT,
                () -> event(type, callId).filter(e -> e.status() == status));
    }

    private static Response send(ObjectNode body) {
        return retell.signed("/webhooks/retell", body);
    }

    @Test
    void givenSignedLifecycleEventsWhenDeliveredInOrderThenOneAnalyzedCallWithAllFacts() {
        String id = newCallId();
        long start = retell.nowMs() - 120_000;
        long end = start + 95_000;

        assertThat(send(callStarted(id, CALLER, DEMO_NUMBER, start)).status()).isEqualTo(204);
        awaitCall(id, CallStatus.STARTED);
        assertThat(send(callEnded(id, CALLER, DEMO_NUMBER, start, end, "user_hangup"))
                        .status())
                .isEqualTo(204);
        awaitCall(id, CallStatus.ENDED);
        assertThat(send(callAnalyzed(
                                id,
                                CALLER,
                                DEMO_NUMBER,
                                start,
                                end,
                                "user_hangup",
                                "Haarschnitt gebucht.",
                                "Positive",
                                true))
                        .status())
                .isEqualTo(204);

        Call call = awaitCall(id, CallStatus.ANALYZED);
        assertThat(call.companyId()).isEqualTo(app.demo().id());
        assertThat(call.direction()).isEqualTo(CallDirection.INBOUND);
        assertThat(call.from()).isEqualTo(PhoneNumber.parse(CALLER));
        assertThat(call.to()).isEqualTo(PhoneNumber.parse(DEMO_NUMBER));
        assertThat(call.facts().startedAt()).isEqualTo(Instant.ofEpochMilli(start));
        assertThat(call.facts().endedAt()).isEqualTo(Instant.ofEpochMilli(end));
        assertThat(call.facts().durationMs()).isEqualTo(95_000L);
        assertThat(call.facts().disconnectionReason()).isEqualTo("user_hangup");
        assertThat(call.facts().transcript()).contains("Einen Haarschnitt, bitte.");
        assertThat(call.facts().summary()).isEqualTo("Haarschnitt gebucht.");
        assertThat(call.facts().sentiment()).isEqualTo("Positive");
        assertThat(call.facts().successful()).isTrue();
        assertThat(call.customerId()).as("caller is no customer yet").isNull();
        assertThat(app.count("select count(*) from calls where retell_call_id = ?", id))
                .isEqualTo(1);
        for (String type : List.of("call_started", "call_ended", "call_analyzed")) {
            WebhookEvent stored = awaitEvent(type, id, WebhookStatus.PROCESSED);
            assertThat(stored.attempts()).isEqualTo(1);
            assertThat(stored.companyId()).isEqualTo(app.demo().id());
        }
    }

    @Test
    void givenCallerIsKnownCustomerWhenCallEventsArriveThenCallIsLinkedToTheCustomer() {
        String caller = "+4915199887766";
        Customer customer = app.db()
                .customers()
                .addOrGet(
                        app.demoTenant(),
                        Customer.register(
                                CustomerId.newId(),
                                app.demo().id(),
                                PhoneNumber.parse(caller),
                                "Erika Muster",
                                null,
                                Instant.now()));
        String id = newCallId();
        long start = retell.nowMs() - 60_000;

        assertThat(send(callStarted(id, caller, DEMO_NUMBER, start)).status()).isEqualTo(204);

        Call call = awaitCall(id, CallStatus.STARTED);
        assertThat(call.customerId()).isEqualTo(customer.id());
    }

    @Test
    void givenEventsInReverseOrderWhenEachIsProcessedThenTheFinalCallIsTheSameAsInOrder() {
        String id = newCallId();
        long start = retell.nowMs() - 300_000;
        long end = start + 42_000;

        assertThat(send(callAnalyzed(
                                id,
                                CALLER,
                                DEMO_NUMBER,
                                start,
                                end,
                                "agent_hangup",
                                "Nur eine Frage.",
                                "Neutral",
                                false))
                        .status())
                .isEqualTo(204);
        awaitEvent("call_analyzed", id, WebhookStatus.PROCESSED);
        assertThat(send(callEnded(id, CALLER, DEMO_NUMBER, start, end, "user_hangup"))
                        .status())
                .isEqualTo(204);
        awaitEvent("call_ended", id, WebhookStatus.PROCESSED);
        assertThat(send(callStarted(id, CALLER, DEMO_NUMBER, start)).status()).isEqualTo(204);
        awaitEvent("call_started", id, WebhookStatus.PROCESSED);

        Call call = call(id).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.ANALYZED);
        assertThat(call.facts().summary()).isEqualTo("Nur eine Frage.");
        assertThat(call.facts().sentiment()).isEqualTo("Neutral");
        assertThat(call.facts().successful()).isFalse();
        assertThat(call.facts().disconnectionReason())
                .as("a late call_ended must not overwrite the analysed facts")
                .isEqualTo("agent_hangup");
        assertThat(call.facts().endedAt()).isEqualTo(Instant.ofEpochMilli(end));
        assertThat(call.facts().durationMs()).isEqualTo(42_000L);
        assertThat(app.count("select count(*) from calls where retell_call_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void givenEndedBeforeStartedWhenProcessedThenStatusNeverRegresses() {
        String id = newCallId();
        long start = retell.nowMs() - 200_000;

        assertThat(send(callEnded(id, CALLER, DEMO_NUMBER, start, start + 10_000, "user_hangup"))
                        .status())
                .isEqualTo(204);
        awaitEvent("call_ended", id, WebhookStatus.PROCESSED);
        assertThat(send(callStarted(id, CALLER, DEMO_NUMBER, start)).status()).isEqualTo(204);
        awaitEvent("call_started", id, WebhookStatus.PROCESSED);

        assertThat(call(id).orElseThrow().status()).isEqualTo(CallStatus.ENDED);
    }

    @Test
    void givenEachEventDeliveredThreeTimesWhenProcessedThenEachIsStoredAndProcessedOnce() {
        String id = newCallId();
        long start = retell.nowMs() - 100_000;
        long end = start + 30_000;
        List<byte[]> bodies = List.of(
                bytes(callStarted(id, CALLER, DEMO_NUMBER, start)),
                bytes(callEnded(id, CALLER, DEMO_NUMBER, start, end, "user_hangup")),
                bytes(callAnalyzed(
                        id, CALLER, DEMO_NUMBER, start, end, "user_hangup", "Termin verschoben.", "Positive", true)));
        double duplicatesBefore = app.metric("askpro_webhooks_duplicate_total", "source=\"retell\"");

        for (byte[] body : bodies) {
            for (int delivery = 0; delivery < 3; delivery++) {
                assertThat(retell.signed("/webhooks/retell", body).status()).isEqualTo(204);
            }
        }

        awaitCall(id, CallStatus.ANALYZED);
        for (String type : List.of("call_started", "call_ended", "call_analyzed")) {
            assertThat(app.count("select count(*) from webhook_events where event_key = ?", type + ":" + id))
                    .isEqualTo(1);
            WebhookEvent stored = awaitEvent(type, id, WebhookStatus.PROCESSED);
            assertThat(stored.attempts()).as("processed exactly once").isEqualTo(1);
        }
        assertThat(app.count("select count(*) from calls where retell_call_id = ?", id))
                .isEqualTo(1);
        assertThat(app.metric("askpro_webhooks_duplicate_total", "source=\"retell\"") - duplicatesBefore)
                .isEqualTo(6.0);
    }

    @Test
    void givenTwentyConcurrentIdenticalDeliveriesWhenReceivedThenAllAcknowledgedAndOneEventStoredAndProcessed() {
        String id = newCallId();
        byte[] body = bytes(callStarted(id, CALLER, DEMO_NUMBER, retell.nowMs() - 5_000));

        List<CompletableFuture<Response>> sent = IntStream.range(0, 20)
                .mapToObj(i -> retell.signedAsync("/webhooks/retell", body))
                .toList();
        List<Integer> statuses =
                sent.stream().map(CompletableFuture::join).map(Response::status).toList();

        assertThat(statuses).hasSize(20).allSatisfy(status -> assertThat(status).isEqualTo(204));
        assertThat(app.count("select count(*) from webhook_events where event_key = ?", "call_started:" + id))
                .isEqualTo(1);
        WebhookEvent stored = awaitEvent("call_started", id, WebhookStatus.PROCESSED);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(app.count("select count(*) from calls where retell_call_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void givenForgedOrStaleSignaturesWhenPostedThenUnauthorizedNothingStoredAndRejectionsCounted() {
        String id = newCallId();
        byte[] body = bytes(callStarted(id, CALLER, DEMO_NUMBER, retell.nowMs()));
        byte[] tampered = new String(body, StandardCharsets.UTF_8)
                .replace(CALLER, "+4915100000000")
                .getBytes(StandardCharsets.UTF_8);
        long now = retell.nowMs();
        String key = RunningServer.KEY;
        List<Map<String, String>> headers = List.of(
                Map.of(),
                Map.of("X-Retell-Signature", ""),
                Map.of("X-Retell-Signature", "garbage"),
                Map.of("X-Retell-Signature", RetellClient.signature(body, "key_wrong_0123456789abcdef", now)),
                Map.of("X-Retell-Signature", RetellClient.signature(body, key, now - 600_000)),
                Map.of("X-Retell-Signature", RetellClient.signature(body, key, now + 600_000)),
                Map.of("X-Retell-Signature", RetellClient.signature(tampered, key, now)),
                Map.of(
                        "X-Retell-Signature",
                        RetellClient.signature(body, key, now).replace("v=", "v= ")));
        long eventsBefore = app.webhookEvents();
        double rejectedBefore =
                app.metric("askpro_webhooks_rejected_total", "source=\"retell\"", "reason=\"signature\"");

        for (Map<String, String> header : headers) {
            Response response = retell.post("/webhooks/retell", body, header);
            assertThat(response.status()).as("signature header %s", header).isEqualTo(401);
            assertThat(response.json().path("error").asText()).contains("X-Retell-Signature");
        }

        assertThat(app.webhookEvents()).isEqualTo(eventsBefore);
        assertThat(app.count("select count(*) from calls where retell_call_id = ?", id))
                .isZero();
        assertThat(app.metric("askpro_webhooks_rejected_total", "source=\"retell\"", "reason=\"signature\"")
                        - rejectedBefore)
                .isEqualTo(headers.size());
    }

    @Test
    void givenMalformedOrWronglyTypedJsonWhenSignedAndPostedThenBadRequestAndNothingStored() {
        long eventsBefore = app.webhookEvents();
        List<String> bodies = List.of(
                "{\"event\":\"call_started\",\"call\":{\"call_id\":",
                "not json at all",
                "[]",
                "",
                "{\"event\":\"call_started\"}",
                "{\"event\":\"call_started\",\"call\":\"call_x\"}",
                "{\"event\":42,\"call\":{\"call_id\":\"call_x\"}}");

        for (String body : bodies) {
            Response response = retell.signed("/webhooks/retell", body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).as("body %s", body).isEqualTo(400);
            assertThat(response.json().path("error").asText()).isNotBlank();
        }

        assertThat(app.webhookEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void givenBodyOverTwoMebibytesWhenPostedThenContentTooLargeAndNothingStored() {
        ObjectNode event = callStarted(newCallId(), CALLER, DEMO_NUMBER, retell.nowMs());
        ((ObjectNode) event.get("call")).put("transcript", "x".repeat(2 * 1024 * 1024 + 1));
        long eventsBefore = app.webhookEvents();

        Response response = send(event);

        assertThat(response.status()).isEqualTo(413);
        assertThat(app.webhookEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void givenUnknownCalledNumberWhenEventArrivesThenStoredButDeadAndNoCallForAnyTenant() {
        String id = newCallId();

        assertThat(send(callStarted(id, CALLER, UNKNOWN_NUMBER, retell.nowMs())).status())
                .isEqualTo(204);

        WebhookEvent dead = awaitEvent("call_started", id, WebhookStatus.DEAD);
        assertThat(dead.lastError()).contains("no tenant owns the number").contains(UNKNOWN_NUMBER);
        assertThat(dead.companyId()).isNull();
        assertThat(app.count("select count(*) from calls where retell_call_id = ?", id))
                .isZero();
    }

    @Test
    void givenRequestIdWhenWebhookPostedThenEchoedAndStoredAsCorrelationId() {
        String id = newCallId();
        byte[] body = bytes(callStarted(id, CALLER, DEMO_NUMBER, retell.nowMs()));

        Response response = retell.post(
                "/webhooks/retell",
                body,
                Map.of(
                        "X-Retell-Signature",
                        RetellClient.signature(body, RunningServer.KEY, retell.nowMs()),
                        "X-Request-Id",
                        "flowtest-corr-4711"));

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("X-Request-Id")).contains("flowtest-corr-4711");
        assertThat(event("call_started", id).orElseThrow().correlationId()).isEqualTo("flowtest-corr-4711");
        awaitEvent("call_started", id, WebhookStatus.PROCESSED);
    }

    @Test
    void givenNoRequestIdWhenWebhookPostedThenAGeneratedIdIsEchoedAndStored() {
        String id = newCallId();

        Response response = send(callStarted(id, CALLER, DEMO_NUMBER, retell.nowMs()));

        String generated = response.header("X-Request-Id").orElseThrow();
        assertThat(generated).isNotBlank();
        assertThat(event("call_started", id).orElseThrow().correlationId()).isEqualTo(generated);
        await(
                "event processed",
                WAIT,
                () -> event("call_started", id)
                        .map(WebhookEvent::status)
                        .filter(WebhookStatus.PROCESSED::equals)
                        .isPresent());
    }
}
