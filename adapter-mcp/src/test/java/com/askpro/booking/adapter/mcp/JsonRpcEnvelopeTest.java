package com.askpro.booking.adapter.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonRpcEnvelopeTest {

    private static Optional<JsonRpcEnvelope.Problem> check(String body) {
        return JsonRpcEnvelope.check(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wellFormedRequestsNotificationsAndResponsesPass() {
        assertThat(
                        check(
                                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"list_branches\",\"arguments\":{}}}"))
                .isEmpty();
        assertThat(check("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"))
                .isEmpty();
        assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"result\":{}}")).isEmpty();
        assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\",\"params\":null}"))
                .isEmpty();
    }

    @Test
    void brokenMessagesGetTheSpecifiedCodes() {
        assertThat(check("{nope").orElseThrow().code()).isEqualTo(JsonRpcEnvelope.PARSE_ERROR);
        assertThat(check("").orElseThrow().code()).isEqualTo(JsonRpcEnvelope.INVALID_REQUEST);
        assertThat(check("[]").orElseThrow().code()).isEqualTo(JsonRpcEnvelope.INVALID_REQUEST);
        assertThat(check("{\"jsonrpc\":2,\"id\":1,\"method\":\"ping\"}")
                        .orElseThrow()
                        .code())
                .isEqualTo(JsonRpcEnvelope.INVALID_REQUEST);
        assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}")
                        .orElseThrow()
                        .code())
                .isEqualTo(JsonRpcEnvelope.INVALID_REQUEST);
        assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}")
                        .orElseThrow()
                        .code())
                .isEqualTo(JsonRpcEnvelope.INVALID_REQUEST);

        JsonRpcEnvelope.Problem params = check(
                        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"arguments\":{}}}")
                .orElseThrow();
        assertThat(params.code()).isEqualTo(JsonRpcEnvelope.INVALID_PARAMS);
        assertThat(params.httpStatus()).isEqualTo(200);
        assertThat(new String(params.body(), StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32602,\"message\":\"Invalid params: 'name' is required\"}}");
        assertThat(check("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":[]}")
                        .orElseThrow()
                        .httpStatus())
                .isEqualTo(400);
    }
}
