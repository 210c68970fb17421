package com.askpro.booking.adapter.retell;

import com.askpro.booking.application.voiceagent.AgentCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Adapter internals: the idempotency key of a Retell call event, following Retell's advice.
 * Lifecycle events: {@code event:call_id}. Transfer events: {@code event:call_id:start_timestamp}
 * plus {@code :destination} when known. {@code transcript_updated} and unknown events:
 * {@code event:call_id:<sha256(body) prefix>}. Keys never exceed {@value #MAX_LENGTH} characters.
 */
final class DedupeKeys {

    static final int MAX_LENGTH = 300;
    static final int BODY_DIGEST_HEX_CHARS = 32;

    private static final Set<String> LIFECYCLE = Set.of("call_started", "call_ended", "call_analyzed");
    private static final Set<String> TRANSFER =
            Set.of("transfer_started", "transfer_bridged", "transfer_cancelled", "transfer_ended");
    private static final HexFormat HEX = HexFormat.of();

    private DedupeKeys() {}

    /** The key for {@code event} about {@code call}; {@code root} is the whole body, {@code rawBody} its bytes. */
    static String of(String event, AgentCall call, JsonNode root, byte[] rawBody) {
        String base = event + ":" + call.callId();
        String key;
        if (LIFECYCLE.contains(event)) {
            key = base;
        } else if (TRANSFER.contains(event) && call.facts().startedAt() != null) {
            key = base + ":" + call.facts().startedAt().toEpochMilli() + destinationSuffix(root);
        } else {
            // Repeating or unknown events, and transfers without a start: only identical bodies collapse.
            key = base + ":" + HEX.formatHex(sha256(rawBody)).substring(0, BODY_DIGEST_HEX_CHARS);
        }
        return bounded(key);
    }

    /**
     * {@code :number} (with {@code ;ext=extension}) from the top-level {@code transfer_destination},
     * which is an object {@code {number, extension}} or, in older payloads, a plain string.
     */
    private static String destinationSuffix(JsonNode root) {
        JsonNode destination = JsonFields.child(root, "transfer_destination");
        if (destination == null) {
            return "";
        }
        if (destination.isTextual()) {
            return destination.textValue().isBlank() ? "" : ":" + destination.textValue();
        }
        if (!destination.isObject()) {
            throw JsonFields.wrongType("transfer_destination", "an object or a string", destination);
        }
        String number = JsonFields.optionalText(destination, "number", "transfer_destination.number");
        if (number == null || number.isBlank()) {
            return "";
        }
        JsonNode extension = JsonFields.child(destination, "extension");
        if (extension == null || !extension.isValueNode() || extension.asText().isBlank()) {
            return ":" + number;
        }
        return ":" + number + ";ext=" + extension.asText();
    }

    /** Long keys keep a readable prefix and end in the SHA-256 of the whole key, so they stay unique. */
    static String bounded(String key) {
        if (key.length() <= MAX_LENGTH) {
            return key;
        }
        String digest = HEX.formatHex(sha256(key.getBytes(StandardCharsets.UTF_8)));
        return key.substring(0, MAX_LENGTH - digest.length() - 1) + ":" + digest;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
