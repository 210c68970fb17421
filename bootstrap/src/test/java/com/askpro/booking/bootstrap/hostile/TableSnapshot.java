package com.askpro.booking.bootstrap.hostile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Test support: every table of the server's schema as (row count, SHA-256 over every column of
 * every row, rows in a stable order). Two equal snapshots mean nothing was written. The
 * scheduler's own bookkeeping (heartbeats of recurring jobs) and Flyway's history are left out;
 * so are the call timeline's records of refused function calls ({@code function_calls} rows with
 * outcome {@code error}), which a refused call writes by design: any other row it wrote still shows.
 */
final class TableSnapshot {

    private static final Set<String> IGNORED = Set.of("scheduled_tasks", "flyway_schema_history");

    /** Rows a refused request writes on purpose, per table: left out of that table's digest. */
    private static final Map<String, String> KEPT_ONLY = Map.of("function_calls", "outcome <> 'error'");

    /** The rows read by the latest snapshot, per table: for failure messages. */
    static final Map<String, List<String>> LAST_ROWS = new java.util.concurrent.ConcurrentHashMap<>();

    private TableSnapshot() {}

    /** The rows of the tables that differ between two snapshots, for a failure message. */
    static String describeDifference(Map<String, String> before, Map<String, String> after) {
        StringBuilder out = new StringBuilder();
        after.forEach((table, digest) -> {
            if (!digest.equals(before.get(table))) {
                out.append(table)
                        .append(": ")
                        .append(before.get(table))
                        .append(" -> ")
                        .append(digest)
                        .append('\n');
                LAST_ROWS.getOrDefault(table, List.of()).stream()
                        .limit(5)
                        .forEach(row -> out.append("    ")
                                .append(row.length() > 400 ? row.substring(0, 400) + "…" : row)
                                .append('\n'));
            }
        });
        return out.toString();
    }

    static Map<String, String> of(DataSource dataSource) {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    names.add(rows.getString("TABLE_NAME"));
                }
            }
            for (String name : names) {
                if (!IGNORED.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.put(name.toLowerCase(Locale.ROOT), digest(connection, name));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot snapshot the tables", e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables found: the snapshot would prove nothing");
        }
        return tables;
    }

    private static String digest(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + quote(connection, table)
                        + (KEPT_ONLY.containsKey(table.toLowerCase(Locale.ROOT))
                                ? " WHERE " + KEPT_ONLY.get(table.toLowerCase(Locale.ROOT))
                                : ""))) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    String text =
                            value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
                    row.append(text.length()).append(':').append(text).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        LAST_ROWS.put(table.toLowerCase(Locale.ROOT), List.copyOf(rows));
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
        return rows.size() + " rows, " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static String quote(Connection connection, String table) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString();
        return q + table + q;
    }
}
