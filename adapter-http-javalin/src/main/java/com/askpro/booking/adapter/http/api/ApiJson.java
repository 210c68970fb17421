package com.askpro.booking.adapter.http.api;

import com.askpro.booking.domain.shared.Text;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The JSON configuration of {@code /api/v1}: snake_case, nulls written out (a list's last page
 * answers {@code "next_cursor": null}), and strict reading: unknown fields and wrong JSON types are
 * refused instead of being coerced ({@code "30"} is not a number, {@code 30} is not a text).
 */
final class ApiJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    static {
        MAPPER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxNumberLength(100)
                        .build());
        MAPPER.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private ApiJson() {}

    /**
     * Refuses (422, naming the field) any string value in {@code root} with NUL, a control character
     * other than tab and line breaks, or an unpaired surrogate, and any such field name (400).
     * Lengths and one-line rules per field are the domain value objects' ({@code Require.line}).
     */
    static void requireCleanStrings(JsonNode root) {
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", root));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> entry = pending.pop();
            String path = entry.getKey();
            JsonNode node = entry.getValue();
            if (node.isTextual()) {
                Text.problem(node.textValue(), true).ifPresent(why -> {
                    throw ApiProblem.invalid(422, path, why);
                });
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    if (Text.problem(field.getKey(), false).isPresent()) {
                        throw ApiProblem.of(
                                400,
                                "malformed-request",
                                "Malformed request",
                                "a field name has control characters or unpaired surrogates");
                    }
                    pending.push(
                            Map.entry(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(path + "[" + i + "]", node.get(i)));
                }
            }
        }
    }
}
