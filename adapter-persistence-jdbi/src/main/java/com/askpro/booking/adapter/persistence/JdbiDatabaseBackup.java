package com.askpro.booking.adapter.persistence;

import com.askpro.booking.application.port.DatabaseBackup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Adapter: online backup of the embedded H2 database with H2's {@code BACKUP TO}, run through the
 * server's own pool (the database file is locked by the running server, so no other process can
 * open it). The zip holds {@code askpro.mv.db} as of one consistent moment. On PostgreSQL it
 * answers {@link DatabaseBackup.Outcome.ByItsOwnTools}: {@code pg_dump} is the tool there.
 */
public final class JdbiDatabaseBackup implements DatabaseBackup {

    private final DataSource dataSource;
    private final boolean postgres;
    private final Path directory;

    public JdbiDatabaseBackup(DataSource dataSource, boolean postgres, Path directory) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.directory = directory;
    }

    @Override
    public Outcome backUp(String stamp) {
        if (postgres) {
            return new Outcome.ByItsOwnTools("PostgreSQL is backed up with pg_dump (see docs/operations.md)");
        }
        if (!stamp.matches("[0-9A-Za-z_-]+")) {
            throw new IllegalArgumentException("not a file stamp: " + stamp);
        }
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("askpro-" + stamp + ".zip").toAbsolutePath();
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            return new Outcome.Written(file.toString(), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        }
    }
}
