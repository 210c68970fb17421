package com.askpro.booking.adapter.calcom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adapter: reads a Cal.com webhook body ({@code {triggerEvent, createdAt, payload}}) into a
 * {@link CalcomWebhookEvent}; a body that is not such JSON is an {@link IllegalArgumentException}.
 */
public final class CalcomWebhookParser {

    private static final int MAX_KEY = 300;

    /**
     * Parses {@code rawBody}. The dedupe key is {@code trigger|uid|start|end} (times as UTC
     * instants): a booking's uid changes on reschedule, so this names one lifecycle event, and a
     * redelivery (whose {@code createdAt} may differ) maps to the same key. Events without a
     * booking uid fall back to a hash of the body.
     */
    public CalcomWebhookEvent parse(byte[] rawBody) {
        JsonNode root;
        try {
            root = CalcomJson.MAPPER.readTree(rawBody);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cal.com webhook body is not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("triggerEvent").isTextual()) {
            throw new IllegalArgumentException("Cal.com webhook body has no triggerEvent");
        }
        String trigger = root.get("triggerEvent").asText();
        JsonNode payload = root.path("payload");
        String uid = text(payload, "uid");
        Instant start = instant(payload, "startTime");
        Instant end = instant(payload, "endTime");
        Map<String, String> metadata = new LinkedHashMap<>();
        payload.path("metadata").properties().forEach(field -> metadata.put(field.getKey(),
                field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
        String key = uid == null
                ? trigger + "|sha256:" + sha256(rawBody)
                : String.join("|", trigger, uid, String.valueOf(start), String.valueOf(end));
        if (key.length() > MAX_KEY) {
            key = trigger + "|sha256:" + sha256(key.getBytes(StandardCharsets.UTF_8));
        }
        return new CalcomWebhookEvent(trigger, instant(root, "createdAt"), uid, start, end, metadata,
                text(payload, "rescheduleUid"), key);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Cal.com webhook field " + field + " is not a timestamp: " + text);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
