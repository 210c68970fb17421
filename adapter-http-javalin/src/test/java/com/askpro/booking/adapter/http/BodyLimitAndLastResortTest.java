package com.askpro.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.calendar.ReceiveCalcomWebhook;
import com.askpro.booking.application.call.AnswerInboundCall;
import com.askpro.booking.application.port.SignedRequestHandler;
import com.askpro.booking.application.webhook.ReceiveCallEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.testsupport.ExpectsUnexpectedErrors;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server-wide body limit with and without {@code Content-Length}, and the last-resort mapping
 * of unexpected exceptions (this class provokes some on purpose).
 */
@ExpectsUnexpectedErrors
class BodyLimitAndLastResortTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger reachedUseCase = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void start() {
        ReceiveCallEvent events = (body, signature, correlationId) -> {
            reachedUseCase.incrementAndGet();
            if (body.length == 5) {
                throw new IllegalStateException("boom with personal data +4930123456");
            }
            return new ReceiveCallEvent.Receipt.Accepted(WebhookEventId.newId());
        };
        AnswerInboundCall inbound =
                (body, signature, correlationId) -> new AnswerInboundCall.Answer.Welcome(Map.of(), Map.of());
        SignedRequestHandler functions = (body, signature, correlationId) ->
                new SignedRequestHandler.Reply.Answered("{}".getBytes(StandardCharsets.UTF_8));
        ReceiveCalcomWebhook calcom = (body, signature, correlationId) -> {
            reachedUseCase.incrementAndGet();
            return new ReceiveCalcomWebhook.Receipt.Accepted(WebhookEventId.newId());
        };
        server = HttpServer.create(
                        new HttpServer.Endpoints(
                                events, inbound, functions, List.of(), new PrometheusMetrics(), calcom),
                        null,
                        null,
                        List.of(),
                        List.of())
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNeverReachesTheUseCase() throws Exception {
        for (int size : new int[] {(int) HttpServer.MAX_BODY_BYTES + 1, 3 * 1024 * 1024, 20 * 1024 * 1024}) {
            byte[] body = new byte[size];
            HttpRequest request = HttpRequest.newBuilder(uri("/webhooks/retell"))
                    // an InputStream publisher has no known length: the client sends it chunked
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("chunked " + size).isEqualTo(413);
            assertThat(response.body()).contains("larger than " + HttpServer.MAX_BODY_BYTES);
        }
        assertThat(reachedUseCase).hasValue(0);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413AndTheClientReadsTheAnswer() throws Exception {
        for (int size : new int[] {(int) HttpServer.MAX_BODY_BYTES + 1, 5 * 1024 * 1024}) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri("/webhooks/calcom"))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[size]))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("declared " + size).isEqualTo(413);
        }
        assertThat(reachedUseCase).hasValue(0);
    }

    @Test
    void chunkedAndDeclaredBodiesWithinTheLimitAreServed() throws Exception {
        byte[] body = new byte[(int) HttpServer.MAX_BODY_BYTES];
        HttpResponse<String> chunked = client.send(
                HttpRequest.newBuilder(uri("/webhooks/retell"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(204);
        assertThat(client.send(
                                HttpRequest.newBuilder(uri("/webhooks/retell"))
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void aRawClientStillUploadingAHugeChunkedBodyReadsThe413() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/branches HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            String header = Integer.toHexString(chunk.length) + "\r\n";
            try {
                for (int i = 0; i < 48; i++) { // 3 MB
                    out.write(header.getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closedWhileUploading) {
                // allowed only after the answer was sent: reading it below proves that
            }
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void anUnexpectedExceptionIsAProblem500WithTheRequestIdCountedAndWithoutDetails() throws Exception {
        long before = UnexpectedErrors.count();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri("/webhooks/retell"))
                        .header("X-Request-Id", "req-42-x")
                        .POST(HttpRequest.BodyPublishers.ofString("12345"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Json.MAPPER.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(500);
        assertThat(problem.path("request_id").asText()).isEqualTo("req-42-x");
        assertThat(response.body())
                .doesNotContain("boom")
                .doesNotContain("4930123456")
                .doesNotContain("IllegalState");
        assertThat(UnexpectedErrors.count()).isEqualTo(before + 1);
        assertThat(UnexpectedErrors.last()).contains("POST /webhooks/retell").contains("IllegalStateException");
        HttpResponse<String> metrics =
                client.send(HttpRequest.newBuilder(uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("askpro_http_unexpected_errors_total");
    }

    @Test
    void requestsJettyRefusesBeforeRoutingAreAnsweredAsProblemJsonToo() throws Exception {
        for (String path :
                new String[] {"/api/v1/branches/a%00b", "/dashboard/api/calls/%01", "/webhooks/retell/%2e%2e/x%7f"}) {
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            if (response.statusCode() == 400) {
                assertThat(response.headers().firstValue("Content-Type"))
                        .as(path)
                        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(response.body()).doesNotContain("<html");
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
