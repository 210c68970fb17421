package com.askpro.booking.adapter.http.dashboard;

import com.askpro.booking.domain.access.DashboardSession;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's JSON: snake_case, no nulls, instants as ISO-8601 UTC text. For a session whose
 * role does not see full numbers (viewer), every phone number in E.164 form anywhere in the answer
 * is masked to its last three digits ({@code +••••••••678}) before it leaves the server, whatever
 * route or view produced it.
 */
final class DashboardJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .registerModule(
                    new SimpleModule("dashboard-instants").addSerializer(Instant.class, ToStringSerializer.instance));

    private static final ObjectMapper READER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** An E.164 number: "+", a non-zero digit, 6 to 14 more digits, not part of a longer digit run. */
    private static final Pattern E164 = Pattern.compile("(?<![0-9+])\\+([1-9][0-9]{6,14})(?![0-9])");

    static final int VISIBLE_DIGITS = 3;

    private DashboardJson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "dashboard value cannot be written as JSON: "
                            + value.getClass().getName(),
                    e);
        }
    }

    /** As {@link #write}, with the numbers masked unless {@code session}'s role sees them in full. */
    static String write(Object value, DashboardSession session) {
        if (session == null || session.role().seesFullNumbers()) {
            return write(value);
        }
        try {
            return MAPPER.writeValueAsString(masked(MAPPER.valueToTree(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "dashboard value cannot be written as JSON: "
                            + value.getClass().getName(),
                    e);
        }
    }

    /** A JSON request body (snake_case fields; unknown fields ignored); null when it is not a JSON object. */
    static <T> T read(Context ctx, Class<T> type) {
        try {
            JsonNode tree = READER.readTree(ctx.body());
            return tree != null && tree.isObject() ? READER.treeToValue(tree, type) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** A request body as a JSON object; an empty object when the body is blank, null when it is not an object. */
    static JsonNode object(Context ctx) {
        String text = ctx.body();
        if (text == null || text.isBlank()) {
            return READER.createObjectNode();
        }
        try {
            JsonNode tree = READER.readTree(text);
            return tree != null && tree.isObject() ? tree : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static void answer(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(write(value, DashboardGuard.session(ctx)));
    }

    /** {@code +4915112345678} becomes {@code +••••••••••678}, also inside longer text. */
    static String mask(String text) {
        Matcher m = E164.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String digits = m.group(1);
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement("+" + "•".repeat(digits.length() - VISIBLE_DIGITS)
                            + digits.substring(digits.length() - VISIBLE_DIGITS)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static JsonNode masked(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            String masked = mask(text);
            return masked.equals(text) ? node : TextNode.valueOf(masked);
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(masked(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, masked(array.get(i)));
            }
        }
        return node;
    }
}
