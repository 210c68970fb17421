package com.askpro.booking.adapter.calcom;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.shared.Text;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Adapter: reads a Cal.com webhook body ({@code {triggerEvent, createdAt, payload}}) into a
 * {@link CalcomWebhookEvent}; a body that is not such JSON is an {@link IllegalArgumentException}.
 */
public final class CalcomWebhookParser {

    private static final int MAX_KEY = WebhookEvent.MAX_EVENT_KEY;
    /** Cal.com's own metadata limits: keys up to 40 characters, values up to 500. */
    private static final int MAX_METADATA_KEY = 40;

    private static final int MAX_METADATA_VALUE = 500;
    private static final Pattern TRIGGER = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final ObjectMapper READER = new ObjectMapper();

    static {
        READER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxNumberLength(100)
                        .build());
    }

    /**
     * Parses {@code rawBody}. The dedupe key is {@code trigger|uid|start|end} (times as UTC
     * instants): a booking's uid changes on reschedule, so this names one lifecycle event, and a
     * redelivery (whose {@code createdAt} may differ) maps to the same key. Events without a
     * booking uid fall back to a hash of the body.
     */
    public CalcomWebhookEvent parse(byte[] rawBody) {
        JsonNode root = strictObject(rawBody);
        String trigger = line(root, "triggerEvent", WebhookEvent.MAX_EVENT_TYPE);
        if (trigger == null) {
            throw new IllegalArgumentException("Cal.com webhook body has no triggerEvent");
        }
        if (!TRIGGER.matcher(trigger).matches()) {
            throw new IllegalArgumentException(
                    "Cal.com webhook triggerEvent must be an upper-case name such as BOOKING_CREATED");
        }
        JsonNode payload = root.get("payload");
        if (payload == null || payload.isNull()) {
            payload = CalcomJson.MAPPER.createObjectNode();
        } else if (!payload.isObject()) {
            throw wrongType("payload", "an object");
        }
        String uid = line(payload, "uid", Appointment.MAX_EXTERNAL_UID);
        Instant start = instant(payload, "startTime");
        Instant end = instant(payload, "endTime");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Cal.com webhook field endTime is before startTime");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        JsonNode meta = payload.get("metadata");
        if (meta != null && !meta.isNull()) {
            if (!meta.isObject()) {
                throw wrongType("payload.metadata", "an object");
            }
            meta.properties().forEach(field -> {
                JsonNode value = field.getValue();
                if (!value.isValueNode()) {
                    throw wrongType("payload.metadata." + field.getKey(), "a string, number or boolean");
                }
                if (field.getKey().length() > MAX_METADATA_KEY || value.asText().length() > MAX_METADATA_VALUE) {
                    throw new IllegalArgumentException("Cal.com webhook metadata keys are at most " + MAX_METADATA_KEY
                            + " and values at most " + MAX_METADATA_VALUE + " characters");
                }
                metadata.put(field.getKey(), value.asText());
            });
        }
        String key = uid == null
                ? trigger + "|sha256:" + sha256(rawBody)
                : String.join("|", trigger, uid, String.valueOf(start), String.valueOf(end));
        if (key.length() > MAX_KEY) {
            key = trigger + "|sha256:" + sha256(key.getBytes(StandardCharsets.UTF_8));
        }
        return new CalcomWebhookEvent(
                trigger,
                instant(root, "createdAt"),
                uid,
                start,
                end,
                metadata,
                line(payload, "rescheduleUid", Appointment.MAX_EXTERNAL_UID),
                key);
    }

    /** Strict UTF-8, JSON no deeper than 32 levels, an object, and no unclean text anywhere in it. */
    private static JsonNode strictObject(byte[] rawBody) {
        if (rawBody == null || rawBody.length == 0) {
            throw new IllegalArgumentException("Cal.com webhook body is empty");
        }
        JsonNode root;
        try {
            root = READER.readTree(Text.utf8("body", rawBody));
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException("Cal.com webhook body must be JSON in UTF-8");
        } catch (IOException e) {
            // not Jackson's message: it may quote the body
            throw new IllegalArgumentException("Cal.com webhook body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Cal.com webhook body is not a JSON object");
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isTextual() && Text.problem(node.textValue(), true).isPresent()) {
                throw new IllegalArgumentException(
                        "Cal.com webhook text has NUL, control characters or unpaired surrogates");
            }
            if (node.isObject()) {
                node.properties().forEach(field -> {
                    if (Text.problem(field.getKey(), false).isPresent()) {
                        throw new IllegalArgumentException("Cal.com webhook field name has control characters");
                    }
                    pending.push(field.getValue());
                });
            } else if (node.isArray()) {
                node.forEach(pending::push);
            }
        }
        return root;
    }

    /** An optional one-line string field; blank is absent, a wrong type or length is refused. */
    private static String line(JsonNode node, String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string");
        }
        String text = value.textValue();
        if (text.isBlank()) {
            return null;
        }
        if (text.length() > maxLength || Text.problem(text, false).isPresent()) {
            throw new IllegalArgumentException(
                    "Cal.com webhook field " + field + " must be one line of at most " + maxLength + " characters");
        }
        return text;
    }

    private static Instant instant(JsonNode node, String field) {
        String text = line(node, field, 40);
        if (text == null) {
            return null;
        }
        try {
            return Require.plausible(field, OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException | InvalidValueException e) {
            throw new IllegalArgumentException(
                    "Cal.com webhook field " + field + " is not a timestamp in the years 2000 to 2100");
        }
    }

    private static IllegalArgumentException wrongType(String field, String expected) {
        return new IllegalArgumentException("Cal.com webhook field " + field + " must be " + expected);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
