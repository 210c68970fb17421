package com.askpro.booking.bootstrap.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/** Cluster processing on PostgreSQL (a fresh schema of {@code ASKPRO_TEST_POSTGRES_URL}); skipped when unset. */
class PostgresClusterProcessingTest extends ClusterProcessingContract {

    @Override
    Map<String, String> database(Path dataDir) throws Exception {
        String base = System.getenv("ASKPRO_TEST_POSTGRES_URL");
        assumeTrue(base != null && !base.isBlank(), "ASKPRO_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped");
        String schema = "cluster_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public");
            statement.execute("CREATE SCHEMA " + schema);
        }
        return Map.of("ASKPRO_DB_URL", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
    }
}
