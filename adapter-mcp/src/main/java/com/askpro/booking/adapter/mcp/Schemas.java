package com.askpro.booking.adapter.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the tools' JSON Schemas (draft 2020-12 subset: object, string, integer, boolean). */
final class Schemas {

    private Schemas() {}

    /** An object schema with {@code properties} (in order) and the {@code required} ones; no other properties allowed. */
    static Map<String, Object> object(Map<String, Object> properties, String... required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (required.length > 0) {
            schema.put("required", List.of(required));
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    static Map<String, Object> properties(Object... nameSchemaPairs) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < nameSchemaPairs.length; i += 2) {
            properties.put((String) nameSchemaPairs[i], nameSchemaPairs[i + 1]);
        }
        return properties;
    }

    static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    static Map<String, Object> date(String description) {
        return Map.of(
                "type",
                "string",
                "description",
                description + " (YYYY-MM-DD, local to the branch)",
                "pattern",
                "^\\d{4}-\\d{2}-\\d{2}$");
    }

    static Map<String, Object> time(String description) {
        return Map.of(
                "type",
                "string",
                "description",
                description + " (HH:mm, local to the branch)",
                "pattern",
                "^\\d{1,2}:\\d{2}$");
    }

    static Map<String, Object> integer(String description, int min, int max) {
        return Map.of("type", "integer", "description", description, "minimum", min, "maximum", max);
    }

    static Map<String, Object> branch() {
        return string("Branch id or name (see list_branches); may be left out when the company has one branch");
    }

    static Map<String, Object> limit() {
        return integer("Page size, 1-100 (default 20)", 1, 100);
    }

    static Map<String, Object> cursor() {
        return string("The next_cursor of the previous page");
    }
}
