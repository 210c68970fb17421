package com.askpro.booking.bootstrap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Test support: a fresh schema in the database of {@code ASKPRO_TEST_POSTGRES_URL} for a server
 * under test (aborting, i.e. skipping, the test when the variable is unset), dropped afterwards.
 * {@code btree_gist} stays in {@code public}, shared by all schemas.
 */
public final class PostgresSchema {

    private final String base;
    private final String schema;

    private PostgresSchema(String base, String schema) {
        this.base = base;
        this.schema = schema;
    }

    public static PostgresSchema create(String prefix) throws SQLException {
        String base = System.getenv("ASKPRO_TEST_POSTGRES_URL");
        assumeTrue(base != null && !base.isBlank(), "ASKPRO_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped");
        PostgresSchema created = new PostgresSchema(
                base, prefix + "_" + UUID.randomUUID().toString().replace("-", ""));
        created.execute(
                "CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public", "CREATE SCHEMA " + created.schema);
        return created;
    }

    /** The server environment selecting this schema. */
    public Map<String, String> environment() {
        return Map.of("ASKPRO_DB_URL", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
    }

    public void drop() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private void execute(String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(base);
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
