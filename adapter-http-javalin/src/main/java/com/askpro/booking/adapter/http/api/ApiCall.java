package com.askpro.booking.adapter.http.api;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Text;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;

/** One authenticated API request as the handlers see it: the caller, path and query values, the body. */
final class ApiCall {

    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int DEFAULT_LIMIT = 50;

    private final Context ctx;
    private final Principal caller;

    ApiCall(Context ctx, Principal caller) {
        this.ctx = ctx;
        this.caller = caller;
    }

    Principal caller() {
        return caller;
    }

    String path(String name) {
        return ctx.pathParam(name);
    }

    /** A query parameter, null when absent. */
    String query(String name) {
        return ctx.queryParam(name);
    }

    /** {@code ?limit=} (1 to 200, default 50) and {@code ?cursor=}. */
    PageRequest page() {
        String text = ctx.queryParam("limit");
        int limit = DEFAULT_LIMIT;
        if (text != null) {
            try {
                limit = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw ApiProblem.invalid(422, "limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
            }
        }
        return new PageRequest(limit, ctx.queryParam("cursor"));
    }

    /** The JSON body as {@code type}; at most {@link #MAX_BODY_BYTES}, never absent. */
    <T> T body(Class<T> type) throws IOException {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw ApiProblem.of(400, "malformed-request", "Malformed request", "a JSON object body is required");
        }
        String text;
        try {
            text = Text.utf8("body", bytes);
        } catch (InvalidValueException e) {
            throw ApiProblem.of(
                    400,
                    "malformed-request",
                    "Malformed request",
                    "the body must be JSON encoded as UTF-8 (no byte-order mark, no malformed or overlong sequences)");
        }
        JsonNode tree = ApiJson.MAPPER.readTree(text);
        if (tree == null || !tree.isObject()) {
            throw ApiProblem.of(400, "malformed-request", "Malformed request", "a JSON object body is required");
        }
        ApiJson.requireCleanStrings(tree);
        T value = ApiJson.MAPPER.treeToValue(tree, type);
        if (value == null) {
            throw ApiProblem.of(400, "malformed-request", "Malformed request", "a JSON object body is required");
        }
        return value;
    }

    static ApiProblem tooLarge() {
        return ApiProblem.of(
                413,
                "body-too-large",
                "Request body too large",
                "the API accepts request bodies of at most " + MAX_BODY_BYTES + " bytes");
    }
}
