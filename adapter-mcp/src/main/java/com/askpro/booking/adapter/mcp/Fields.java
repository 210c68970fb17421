package com.askpro.booking.adapter.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered map for {@code structuredContent} that leaves out null values. */
final class Fields {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static Fields of() {
        return new Fields();
    }

    Fields put(String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    Map<String, Object> map() {
        return values;
    }
}
