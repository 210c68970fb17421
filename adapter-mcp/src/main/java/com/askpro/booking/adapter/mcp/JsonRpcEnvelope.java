package com.askpro.booking.adapter.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Checks the shape of one JSON-RPC message before the SDK reads it, so that malformed input is
 * answered with the JSON-RPC error the specification names (parse error, invalid request,
 * invalid params) instead of a server error: one object per POST, {@code "jsonrpc": "2.0"}, a
 * method or a result, params an object, and for the methods whose params the SDK converts
 * ({@code initialize}, {@code tools/call}, {@code resources/read}) the right types of their fields.
 */
final class JsonRpcEnvelope {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int INVALID_PARAMS = -32602;

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRpcEnvelope() {}

    /** What is wrong: the JSON-RPC error and the id to answer it under (null when unknown). */
    record Problem(int code, String message, JsonNode id) {

        /** A request with a usable id gets a regular JSON-RPC error response; anything else is a bad HTTP request. */
        int httpStatus() {
            return code == INVALID_PARAMS && id != null ? 200 : 400;
        }

        byte[] body() {
            ObjectNode response = JSON.createObjectNode().put("jsonrpc", "2.0");
            response.set("id", id);
            response.putObject("error").put("code", code).put("message", message);
            try {
                return JSON.writeValueAsBytes(response);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Optional<Problem> check(byte[] body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (java.io.IOException e) {
            return problem(PARSE_ERROR, "Parse error: the body is not JSON", null);
        }
        if (message == null || !message.isObject()) {
            return problem(
                    INVALID_REQUEST,
                    "Invalid Request: send one JSON-RPC object per POST (batches are not supported)",
                    null);
        }
        JsonNode id = message.get("id");
        if (id != null && !(id.isTextual() || id.isIntegralNumber())) {
            return problem(INVALID_REQUEST, "Invalid Request: 'id' must be a string or an integer", null);
        }
        if (!"2.0".equals(message.path("jsonrpc").asText(null))
                || !message.path("jsonrpc").isTextual()) {
            return problem(INVALID_REQUEST, "Invalid Request: 'jsonrpc' must be \"2.0\"", id);
        }
        JsonNode method = message.get("method");
        if (method == null) {
            return message.has("result") || message.has("error")
                    ? Optional.empty()
                    : problem(INVALID_REQUEST, "Invalid Request: 'method' is missing", id);
        }
        if (!method.isTextual()) {
            return problem(INVALID_REQUEST, "Invalid Request: 'method' must be a string", id);
        }
        JsonNode params = message.get("params");
        if (params == null || params.isNull()) {
            return Optional.empty();
        }
        if (!params.isObject()) {
            return problem(INVALID_PARAMS, "Invalid params: 'params' must be an object", id);
        }
        return switch (method.asText()) {
            case "tools/call" ->
                firstOf(
                        require(params, "name", JsonNode::isTextual, "a string (the tool's name)", true, id),
                        require(params, "arguments", JsonNode::isObject, "an object", false, id),
                        require(params, "_meta", JsonNode::isObject, "an object", false, id));
            case "resources/read" -> require(params, "uri", JsonNode::isTextual, "a string", true, id);
            case "initialize" ->
                firstOf(
                        require(params, "protocolVersion", JsonNode::isTextual, "a string", false, id),
                        require(params, "capabilities", JsonNode::isObject, "an object", false, id),
                        require(params, "clientInfo", JsonNode::isObject, "an object", false, id));
            default -> require(params, "_meta", JsonNode::isObject, "an object", false, id);
        };
    }

    @SafeVarargs
    private static Optional<Problem> firstOf(Optional<Problem>... checks) {
        for (Optional<Problem> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> require(
            JsonNode params,
            String field,
            java.util.function.Predicate<JsonNode> ok,
            String what,
            boolean required,
            JsonNode id) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            return required
                    ? problem(INVALID_PARAMS, "Invalid params: '" + field + "' is required", id)
                    : Optional.empty();
        }
        return ok.test(value)
                ? Optional.empty()
                : problem(INVALID_PARAMS, "Invalid params: '" + field + "' must be " + what, id);
    }

    private static Optional<Problem> problem(int code, String message, JsonNode id) {
        return Optional.of(new Problem(code, message, id));
    }
}
