package com.askpro.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.calendar.ReceiveCalcomWebhook;
import com.askpro.booking.application.call.AnswerInboundCall;
import com.askpro.booking.application.port.SignedRequestHandler;
import com.askpro.booking.application.webhook.ReceiveCallEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP adapter over real HTTP with stand-in use cases: status mapping, limits, headers, shutdown. */
class HttpServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicReference<ReceiveCallEvent.Receipt> receipt =
            new AtomicReference<>(new ReceiveCallEvent.Receipt.Accepted(WebhookEventId.newId()));
    private final AtomicReference<String> seenCorrelation = new AtomicReference<>();
    private final AtomicReference<ReceiveCalcomWebhook.Receipt> calcomReceipt =
            new AtomicReference<>(new ReceiveCalcomWebhook.Receipt.Accepted(WebhookEventId.newId()));
    private final AtomicReference<String> seenCalcomSignature = new AtomicReference<>();
    private CountDownLatch entered = new CountDownLatch(0);
    private CountDownLatch release = new CountDownLatch(0);
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private void start(List<HealthCheck> checks) {
        ReceiveCallEvent events = (body, signature, correlationId) -> {
            seenCorrelation.set(correlationId);
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return receipt.get();
        };
        AnswerInboundCall inbound = (body, signature, correlationId) ->
                new AnswerInboundCall.Answer.Welcome(Map.of("company_name", "Demo Salon"), Map.of("branch_id", "b1"));
        SignedRequestHandler functions = (body, signature, correlationId) -> new SignedRequestHandler.Reply.Answered(
                "{\"error\":\"unknown_function\",\"message\":\"Diese Funktion gibt es nicht.\"}"
                        .getBytes(StandardCharsets.UTF_8));
        ReceiveCalcomWebhook calcom = (body, signature, correlationId) -> {
            seenCalcomSignature.set(signature);
            return calcomReceipt.get();
        };
        server = HttpServer.create(
                        new HttpServer.Endpoints(events, inbound, functions, checks, new PrometheusMetrics(), calcom),
                        null,
                        null,
                        List.of(),
                        List.of())
                .start("127.0.0.1", 0);
    }

    private HttpResponse<String> post(String path, byte[] body, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenEachReceiptWhenPostingAnEventThenTheMatchingStatus() throws Exception {
        start(List.of());
        assertThat(post("/webhooks/retell", "{}".getBytes(), null).statusCode()).isEqualTo(204);
        receipt.set(new ReceiveCallEvent.Receipt.Duplicate(WebhookEventId.newId()));
        assertThat(post("/webhooks/retell", "{}".getBytes(), null).statusCode()).isEqualTo(204);
        receipt.set(new ReceiveCallEvent.Receipt.Unauthenticated());
        assertThat(post("/webhooks/retell", "{}".getBytes(), null).statusCode()).isEqualTo(401);
        receipt.set(new ReceiveCallEvent.Receipt.Malformed("'event' is missing"));
        HttpResponse<String> malformed = post("/webhooks/retell", "{}".getBytes(), null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("'event' is missing");
    }

    @Test
    void givenEachCalcomReceiptWhenPostingACalcomWebhookThenTheMatchingStatus() throws Exception {
        start(List.of());
        HttpRequest signed = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/webhooks/calcom"))
                .header("X-Cal-Signature-256", "abc123")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        assertThat(client.send(signed, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(204);
        assertThat(seenCalcomSignature.get()).isEqualTo("abc123");
        calcomReceipt.set(new ReceiveCalcomWebhook.Receipt.Duplicate(WebhookEventId.newId()));
        assertThat(post("/webhooks/calcom", "{}".getBytes(), null).statusCode()).isEqualTo(204);
        calcomReceipt.set(new ReceiveCalcomWebhook.Receipt.Unauthenticated());
        assertThat(post("/webhooks/calcom", "{}".getBytes(), null).statusCode()).isEqualTo(401);
        calcomReceipt.set(new ReceiveCalcomWebhook.Receipt.Malformed("no triggerEvent"));
        HttpResponse<String> malformed = post("/webhooks/calcom", "{}".getBytes(), null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("no triggerEvent");
    }

    @Test
    void givenARequestIdWhenPostingThenItIsReturnedAndHandedToTheUseCase() throws Exception {
        start(List.of());
        HttpResponse<String> response = post("/webhooks/retell", "{}".getBytes(), "req-42");
        assertThat(response.headers().firstValue("X-Request-Id")).contains("req-42");
        assertThat(seenCorrelation.get()).isEqualTo("req-42");

        HttpResponse<String> generated = post("/webhooks/retell", "{}".getBytes(), "not a sane id!");
        assertThat(generated.headers().firstValue("X-Request-Id"))
                .get()
                .asString()
                .hasSize(36);
    }

    @Test
    void givenABodyOverTheLimitWhenPostingThenContentTooLarge() throws Exception {
        start(List.of());
        byte[] huge = new byte[(int) HttpServer.MAX_BODY_BYTES + 1];
        assertThat(post("/webhooks/retell", huge, null).statusCode()).isEqualTo(413);
    }

    @Test
    void givenAnswersWhenCallingInboundAndFunctionsThenSnakeCaseJsonEnvelopes() throws Exception {
        start(List.of());
        assertThat(Json.MAPPER.readTree(
                        post("/webhooks/retell/inbound", "{}".getBytes(), null).body()))
                .isEqualTo(Json.MAPPER.readTree(
                        "{\"call_inbound\":{\"dynamic_variables\":{\"company_name\":\"Demo Salon\"},"
                                + "\"metadata\":{\"branch_id\":\"b1\"}}}"));
        HttpResponse<String> function = post("/webhooks/retell/functions", "{}".getBytes(), null);
        assertThat(function.statusCode()).isEqualTo(200);
        assertThat(function.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(function.body())
                .isEqualTo("{\"error\":\"unknown_function\",\"message\":\"Diese Funktion gibt es nicht.\"}");
    }

    @Test
    void givenAFailingCheckWhenAskingReadinessThen503WithTheProblem() throws Exception {
        start(List.of(
                new HealthCheck("database", () -> Optional.of("database unreachable")),
                new HealthCheck("jobs", Optional::empty)));
        HttpResponse<String> ready = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health/ready"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(Json.MAPPER.readTree(ready.body()))
                .isEqualTo(Json.MAPPER.readTree("{\"status\":\"not_ready\","
                        + "\"checks\":{\"database\":\"database unreachable\",\"jobs\":\"ok\"},"
                        + "\"problems\":{\"database\":\"database unreachable\"},\"degraded\":{}}"));
    }

    @Test
    void givenOnlyADegradingCheckFailsWhenAskingReadinessThen200DegradedWithTheProblem() throws Exception {
        start(List.of(
                new HealthCheck("database", Optional::empty),
                HealthCheck.degrading("cache", () -> Optional.of("Redis unreachable")),
                HealthCheck.degrading("broken", () -> {
                    throw new IllegalStateException("boom");
                })));
        HttpResponse<String> ready = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health/ready"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(ready.body()))
                .isEqualTo(
                        Json.MAPPER.readTree(
                                "{\"status\":\"degraded\","
                                        + "\"checks\":{\"database\":\"ok\",\"cache\":\"Redis unreachable\",\"broken\":\"IllegalStateException: boom\"},"
                                        + "\"problems\":{},\"degraded\":{\"cache\":\"Redis unreachable\",\"broken\":\"IllegalStateException: boom\"}}"));
    }

    @Test
    void givenARequestInFlightWhenStoppingThenItIsAnsweredBeforeTheServerStops() throws Exception {
        start(List.of());
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/webhooks/retell"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        Thread.sleep(300);
        assertThat(stopping).as("stop waits for the request in flight").isNotDone();
        release.countDown();
        stopping.get(15, TimeUnit.SECONDS);
        server = null;
        assertThat(inFlight.get(15, TimeUnit.SECONDS).statusCode()).isEqualTo(204);
    }
}
