package com.askpro.booking.bootstrap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The hundred concurrent bookings over HTTP with the server on PostgreSQL (a fresh schema of
 * {@code ASKPRO_TEST_POSTGRES_URL}; skipped when unset), where the exclusion constraint backs
 * the resource lock.
 */
class PostgresBookingConcurrencyFlowTest extends BookingConcurrencyFlowTest {

    private String base;
    private String schema;

    @Override
    Map<String, String> database() throws Exception {
        base = System.getenv("ASKPRO_TEST_POSTGRES_URL");
        assumeTrue(base != null && !base.isBlank(), "ASKPRO_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped");
        schema = "flow_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public");
            statement.execute("CREATE SCHEMA " + schema);
        }
        return Map.of("ASKPRO_DB_URL", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
