package com.askpro.booking.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.askpro.booking.adapter.persistence.crypto.EncryptionKey;
import com.askpro.booking.adapter.persistence.crypto.EncryptionKeys;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Test support: a fresh, empty database per test class. H2 in memory always; PostgreSQL in a new
 * schema of the database named by {@code ASKPRO_TEST_POSTGRES_URL}, skipped when that is unset.
 */
interface TestDatabase {

    String POSTGRES_URL_VARIABLE = "ASKPRO_TEST_POSTGRES_URL";

    /** The encryption key of every test database (personal fields are always encrypted). */
    EncryptionKeys KEYS =
            EncryptionKeys.of(EncryptionKey.parse("dGVzdC1rZXktb2YtYXNrcHJvLWJvb2tpbmctdGVzdHM=", "test key"));

    /** No database: the contract runs on the in-memory adapters ({@code PortsTest}). */
    TestDatabase IN_MEMORY = new TestDatabase() {
        @Override
        public PersistenceConfig config() {
            throw new UnsupportedOperationException("the in-memory adapters have no database");
        }

        @Override
        public void drop() {}
    };

    /** The configuration of the fresh database. */
    PersistenceConfig config();

    /** Removes what {@link #config()} created. */
    void drop();

    static TestDatabase h2() {
        String url = "jdbc:h2:mem:askpro_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1"
                + PersistenceConfig.H2_OPTIONS;
        return new TestDatabase() {
            @Override
            public PersistenceConfig config() {
                return new PersistenceConfig(url, "sa", "", 5, null);
            }

            @Override
            public void drop() {
                try (Connection connection = DriverManager.getConnection(url, "sa", "");
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** A new schema in the test PostgreSQL database; aborts (skips) the test class when none is configured. */
    static TestDatabase postgres() {
        String base = System.getenv(POSTGRES_URL_VARIABLE);
        assumeTrue(base != null && !base.isBlank(), POSTGRES_URL_VARIABLE + " is not set: PostgreSQL tests skipped");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        // btree_gist lives in public, so dropping a test schema never drops the extension of another.
        execute(base, "CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public", "CREATE SCHEMA " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        return new TestDatabase() {
            @Override
            public PersistenceConfig config() {
                return new PersistenceConfig(url, null, null, 5, null);
            }

            @Override
            public void drop() {
                execute(base, "DROP SCHEMA " + schema + " CASCADE");
            }
        };
    }

    private static void execute(String url, String... sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + e.getMessage(), e);
        }
    }
}
