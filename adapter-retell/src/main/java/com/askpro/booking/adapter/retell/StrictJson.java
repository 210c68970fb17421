package com.askpro.booking.adapter.retell;

import com.askpro.booking.application.voiceagent.MalformedPayloadException;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Text;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Adapter internals: the strict input boundary of every Retell body. The bytes must be UTF-8
 * (decoded with {@link Text#utf8}, so no other encoding is guessed and the text is exactly the
 * signed bytes), the JSON no deeper than {@value #MAX_DEPTH} levels, and no string in it — value or
 * field name — may carry NUL, a control character other than tab and line breaks, or an unpaired
 * surrogate ({@link Text#problem}). Field-specific lengths are checked where the fields are read.
 */
final class StrictJson {

    static final int MAX_DEPTH = 64;

    private StrictJson() {}

    /** Tightens {@code mapper}'s parser limits to what a Retell body can need. */
    static void constrain(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(100)
                        .build());
    }

    /** The body as a JSON object, refusing everything the class comment lists. */
    static JsonNode readObject(ObjectMapper mapper, byte[] rawBody) {
        if (rawBody == null || rawBody.length == 0) {
            throw new MalformedPayloadException("body is empty; expected a JSON object");
        }
        String text;
        try {
            text = Text.utf8("body", rawBody);
        } catch (InvalidValueException e) {
            throw new MalformedPayloadException(e.getMessage());
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            // The location, not Jackson's message: the message may quote body content (personal data).
            throw new MalformedPayloadException("body is not valid JSON" + where(e.getLocation()), e);
        }
        if (root == null || !root.isObject()) {
            String type = root == null || root.isMissingNode()
                    ? "nothing"
                    : root.getNodeType().name().toLowerCase(Locale.ROOT);
            throw new MalformedPayloadException("body must be a JSON object, was " + type);
        }
        requireCleanStrings(root);
        return root;
    }

    /** Every field name (one line) and string value (multi-line allowed) of {@code root} is clean text. */
    static void requireCleanStrings(JsonNode root) {
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", root));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> entry = pending.pop();
            String path = entry.getKey();
            JsonNode node = entry.getValue();
            if (node.isTextual()) {
                Text.problem(node.textValue(), true).ifPresent(why -> {
                    throw new MalformedPayloadException("'" + path + "' " + why);
                });
            } else if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String name = field.getKey();
                    if (Text.problem(name, false).isPresent()) {
                        throw new MalformedPayloadException(
                                "a field name under '" + path + "' has control characters or unpaired surrogates");
                    }
                    pending.push(Map.entry(path.isEmpty() ? name : path + "." + name, field.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(path + "[" + i + "]", node.get(i)));
                }
            }
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
