package com.askpro.booking.adapter.retell;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapter internals: turns a Jackson tree into plain Java values — {@link String}, {@link Long}
 * (whole numbers), {@link Double} (decimals a double holds exactly as written), {@link BigDecimal}
 * (everything else numeric), {@link Boolean}, unmodifiable {@link List} and {@link Map}, and null.
 */
final class JsonValues {

    private JsonValues() {}

    /** The fields of {@code object} as an unmodifiable, order-preserving map. */
    static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.properties().forEach(field -> map.put(field.getKey(), toJava(field.getValue())));
        return Collections.unmodifiableMap(map);
    }

    static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            return toMap(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(toJava(element)));
            return Collections.unmodifiableList(list);
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return number(node);
        }
        return node.asText();
    }

    private static Object number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : new BigDecimal(node.bigIntegerValue());
        }
        BigDecimal exact = node.decimalValue();
        double approx = exact.doubleValue();
        if (Double.isFinite(approx) && BigDecimal.valueOf(approx).compareTo(exact) == 0) {
            return approx;
        }
        return exact;
    }
}
