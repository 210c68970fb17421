package com.askpro.booking.application.port;

/**
 * Outbound port: a consistent copy of the whole database taken while the server runs.
 */
public interface DatabaseBackup {

    /** What a backup attempt gave. */
    sealed interface Outcome {
        /** Written to {@code file} ({@code bytes} long). */
        record Written(String file, long bytes) implements Outcome {}

        /** This database is backed up by its own tools (PostgreSQL: {@code pg_dump}); {@code how} says how. */
        record ByItsOwnTools(String how) implements Outcome {}
    }

    /** Backs up into a new file named after {@code stamp} (e.g. {@code 20301201T203000Z}). */
    Outcome backUp(String stamp);
}
