package com.askpro.booking.adapter.calcom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Test helper: checks a JSON request body against the official Cal.com request-body schema of an
 * operation. {@code oneOf} is read as {@code anyOf} (the official alternatives overlap), and, like
 * Cal.com's {@code forbidNonWhitelisted}, properties an object schema does not declare are errors.
 */
final class OpenApiBodyCheck {

    private final JsonNode document;

    OpenApiBodyCheck() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/calcom/booking-request-schemas.json")) {
            document = CalcomJson.MAPPER.readTree(in);
        }
    }

    /** The violations of {@code body} against the request body of {@code operation} ("POST /v2/bookings"). */
    List<String> violations(String operation, JsonNode body) {
        JsonNode schema = document.path("requestBodies").path(operation);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no schema for " + operation);
        }
        List<String> errors = new ArrayList<>();
        check(schema, body, "$", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            check(document.path("components").path("schemas").path(name), value, path, errors);
            return;
        }
        if (value.isNull() && schema.path("nullable").asBoolean(false)) {
            return;
        }
        if (schema.has("oneOf")) {
            List<String> best = null;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> attempt = new ArrayList<>();
                check(option, value, path, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
                best = best == null || attempt.size() < best.size() ? attempt : best;
            }
            errors.add(path + ": matches no oneOf alternative, closest: " + best);
            return;
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> check(part, value, path, errors));
        }
        String type = schema.path("type").asText("");
        if (!type.isEmpty() && !hasType(value, type)) {
            errors.add(path + ": expected " + type + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    errors.add(path + ": missing required " + name.asText());
                }
            });
            JsonNode properties = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey(), errors);
                } else if (properties.size() > 0) {
                    errors.add(path + ": property " + field.getKey() + " is not declared");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }
}
