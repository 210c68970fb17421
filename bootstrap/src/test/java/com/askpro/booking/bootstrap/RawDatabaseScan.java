package com.askpro.booking.bootstrap;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Test support: reads every text and binary column of every table of the server's schema with
 * plain JDBC (around the adapter and its cipher) and reports where any of the given strings occurs.
 */
final class RawDatabaseScan {

    private static final Set<Integer> TEXT = Set.of(
            Types.VARCHAR,
            Types.CHAR,
            Types.LONGVARCHAR,
            Types.CLOB,
            Types.NVARCHAR,
            Types.NCHAR,
            Types.LONGNVARCHAR,
            Types.NCLOB,
            Types.OTHER);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    private RawDatabaseScan() {}

    /** "table.column contains 'needle'" for every hit; empty when none of {@code needles} is stored in clear. */
    static List<String> traces(DataSource dataSource, List<String> needles) {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<String>> columns = columns(connection);
            if (columns.isEmpty()) {
                throw new IllegalStateException("no tables found to scan");
            }
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM " + table.getKey())) {
                    while (rows.next()) {
                        for (String column : table.getValue()) {
                            String value = value(rows, column);
                            if (value == null) {
                                continue;
                            }
                            for (String needle : needles) {
                                if (value.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))) {
                                    hits.add(table.getKey() + "." + column + " contains '" + needle + "'");
                                }
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return hits;
    }

    /** How many text columns the scan reads (to show it is not vacuous). */
    static int columnCount(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return columns(connection).values().stream().mapToInt(List::size).sum();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(ResultSet rows, String column) throws SQLException {
        int type = rows.getMetaData().getColumnType(rows.findColumn(column));
        if (BINARY.contains(type)) {
            byte[] bytes = rows.getBytes(column);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
        return rows.getString(column);
    }

    private static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                if (TEXT.contains(type) || BINARY.contains(type)) {
                    columns.computeIfAbsent(rs.getString("TABLE_NAME"), t -> new ArrayList<>())
                            .add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
