package com.askpro.booking.adapter.persistence;

import java.nio.file.Path;

/**
 * Configuration of the persistence adapter. A null or blank {@code jdbcUrl} selects the embedded
 * H2 database in file {@code dataDir/askpro}; a {@code jdbc:postgresql:} URL selects PostgreSQL.
 * {@code maxPoolSize} below 1 means the HikariCP guidance {@code cores * 2 + 1}.
 */
public record PersistenceConfig(String jdbcUrl, String user, String password, int maxPoolSize, Path dataDir) {

    static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=5000";

    /**
     * H2 keeps committed changes in memory for up to its write delay (500 ms by default) and a
     * process crash drops them — after we answered 2xx. {@code WRITE_DELAY=0} writes every commit
     * to the file before the commit returns (no fsync: it survives a process crash, not a power
     * loss; docs/operations.md, "Durability").
     */
    static final String H2_DURABLE = ";WRITE_DELAY=0";

    public PersistenceConfig {
        if ((jdbcUrl == null || jdbcUrl.isBlank()) && dataDir == null) {
            throw new IllegalArgumentException("either a JDBC URL or a data directory is needed");
        }
    }

    /** The embedded H2 database under {@code dataDir}, with the default pool size. */
    public static PersistenceConfig embedded(Path dataDir) {
        return new PersistenceConfig(null, null, null, 0, dataDir);
    }

    /** The URL actually used: the given one, or the H2 file database under {@code dataDir}. */
    public String effectiveJdbcUrl() {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            String given = jdbcUrl.strip();
            boolean h2WithDelay = given.startsWith("jdbc:h2:")
                    && !given.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY");
            return h2WithDelay ? given + H2_DURABLE : given;
        }
        String file = dataDir.toAbsolutePath().resolve("askpro").toString().replace('\\', '/');
        // Our shutdown hook closes the pool after draining requests and jobs; H2 must not close first.
        return "jdbc:h2:file:" + file + H2_OPTIONS + H2_DURABLE + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public boolean isPostgres() {
        return effectiveJdbcUrl().startsWith("jdbc:postgresql:");
    }

    /** The configured pool size, or {@code cores * 2 + 1}. */
    public int effectivePoolSize() {
        return maxPoolSize > 0 ? maxPoolSize : Runtime.getRuntime().availableProcessors() * 2 + 1;
    }

    @Override
    public String toString() {
        return "PersistenceConfig[" + effectiveJdbcUrl().replaceAll("password=[^&;]*", "password=***") + ", user="
                + user + ", pool=" + effectivePoolSize() + "]";
    }
}
