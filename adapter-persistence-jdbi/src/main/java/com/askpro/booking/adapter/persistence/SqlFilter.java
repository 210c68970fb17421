package com.askpro.booking.adapter.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the optional part of a list query: fixed SQL fragments for the filters that are set,
 * their values bound by name (never concatenated), and the keyset condition after a cursor.
 */
final class SqlFilter {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Adds {@code AND <condition>} binding {@code value} as {@code :name}, unless {@code value} is null. */
    SqlFilter and(String condition, String name, Object value) {
        if (value != null) {
            where.append("AND ").append(condition).append('\n');
            values.put(name, value);
        }
        return this;
    }

    /**
     * Adds the keyset condition for rows after {@code cursor} in {@code column, id} order
     * (descending when {@code newestFirst}); nothing for the first page.
     */
    SqlFilter after(Cursor cursor, String column, boolean newestFirst) {
        if (cursor != null) {
            String direction = newestFirst ? "<" : ">";
            where.append("AND (")
                    .append(column)
                    .append(' ')
                    .append(direction)
                    .append(" :afterAt OR (")
                    .append(column)
                    .append(" = :afterAt AND id ")
                    .append(direction)
                    .append(" :afterId))\n");
            values.put("afterAt", cursor.instantKey());
            values.put("afterId", cursor.id());
        }
        return this;
    }

    String where() {
        return where.toString();
    }

    /** The values to bind; instants and UUIDs are bound through {@link Db#bindValue}. */
    Map<String, Object> values() {
        return values;
    }
}
