package com.askpro.booking.adapter.retell;

import com.askpro.booking.application.voiceagent.MalformedPayloadException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Adapter internals: typed access to fields of a Jackson tree. JSON {@code null} counts as absent;
 * a present value of the wrong type is a {@link MalformedPayloadException} naming the field's path.
 */
final class JsonFields {

    /** Longest phone number text accepted: the domain's {@link com.askpro.booking.domain.phone.PhoneNumber#MAX_INPUT_LENGTH}. */
    static final int MAX_NUMBER = com.askpro.booking.domain.phone.PhoneNumber.MAX_INPUT_LENGTH;
    /** Longest agent id, direction or status text accepted. */
    static final int MAX_ID = 128;
    /** Longest function name accepted. */
    static final int MAX_FUNCTION_NAME = 100;

    private JsonFields() {}

    /** A required, non-blank one-line string of at most {@code maxLength} characters. */
    static String requiredLine(JsonNode parent, String name, String path, int maxLength) {
        String text = optionalLine(parent, name, path, maxLength);
        if (text == null) {
            throw missing(path);
        }
        if (text.isBlank()) {
            throw new MalformedPayloadException("'" + path + "' must not be blank");
        }
        return text;
    }

    /** An optional one-line string of at most {@code maxLength} characters (no control characters at all). */
    static String optionalLine(JsonNode parent, String name, String path, int maxLength) {
        String text = optionalText(parent, name, path);
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new MalformedPayloadException("'" + path + "' must be at most " + maxLength + " characters");
        }
        if (com.askpro.booking.domain.shared.Text.problem(text, false).isPresent()) {
            throw new MalformedPayloadException("'" + path + "' must be one line without control characters");
        }
        return text;
    }

    /** The child {@code name} of {@code parent}, or null when it is missing or JSON null. */
    static JsonNode child(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : node;
    }

    /** A required object field. */
    static JsonNode requiredObject(JsonNode parent, String name, String path) {
        JsonNode node = optionalObject(parent, name, path);
        if (node == null) {
            throw missing(path);
        }
        return node;
    }

    /** An optional object field, null when absent. */
    static JsonNode optionalObject(JsonNode parent, String name, String path) {
        JsonNode node = child(parent, name);
        if (node != null && !node.isObject()) {
            throw wrongType(path, "an object", node);
        }
        return node;
    }

    /** A required, non-blank string field. */
    static String requiredText(JsonNode parent, String name, String path) {
        String text = optionalText(parent, name, path);
        if (text == null) {
            throw missing(path);
        }
        if (text.isBlank()) {
            throw new MalformedPayloadException("'" + path + "' must not be blank");
        }
        return text;
    }

    /** An optional string field, kept exactly as sent; null when absent. */
    static String optionalText(JsonNode parent, String name, String path) {
        JsonNode node = child(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw wrongType(path, "a string", node);
        }
        return node.textValue();
    }

    /** An optional boolean field. */
    static Boolean optionalBoolean(JsonNode parent, String name, String path) {
        JsonNode node = child(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            throw wrongType(path, "a boolean", node);
        }
        return node.booleanValue();
    }

    /** An optional whole, non-negative number that fits a {@code long}. */
    static Long optionalNonNegativeLong(JsonNode parent, String name, String path) {
        JsonNode node = child(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType(path, "a whole number within 64 bits", node);
        }
        long value = node.longValue();
        if (value < 0) {
            throw new MalformedPayloadException("'" + path + "' must not be negative, was " + value);
        }
        return value;
    }

    /** An optional epoch-milliseconds timestamp. */
    static Instant optionalEpochMillis(JsonNode parent, String name, String path) {
        Long millis;
        try {
            millis = optionalNonNegativeLong(parent, name, path);
        } catch (MalformedPayloadException e) {
            throw new MalformedPayloadException(
                    "'" + path + "' must be a timestamp in epoch milliseconds: " + e.getMessage(), e);
        }
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** An optional non-negative decimal number, kept exactly. */
    static BigDecimal optionalNonNegativeDecimal(JsonNode parent, String name, String path) {
        JsonNode node = child(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            throw wrongType(path, "a number", node);
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0) {
            throw new MalformedPayloadException("'" + path + "' must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    static MalformedPayloadException missing(String path) {
        return new MalformedPayloadException("'" + path + "' is missing");
    }

    static MalformedPayloadException wrongType(String path, String expected, JsonNode actual) {
        return new MalformedPayloadException("'" + path + "' must be " + expected + ", was "
                + actual.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
}
