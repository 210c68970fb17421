package com.askpro.booking.adapter.persistence;

import java.sql.SQLException;
import java.util.Set;

/** Classifies database errors by SQLSTATE into the outcomes the ports answer as values. */
final class SqlFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";
    /** H2 lock timeout, PostgreSQL lock_not_available, deadlock, serialization failure, H2 concurrent update. */
    private static final Set<String> BUSY = Set.of("HYT00", "55P03", "40P01", "40001", "90131");

    private SqlFailures() {}

    static boolean isUniqueViolation(Throwable failure) {
        return UNIQUE_VIOLATION.equals(sqlState(failure));
    }

    /** A duplicate key or a violated exclusion constraint: the slot is held by another appointment. */
    static boolean isSlotConflict(Throwable failure) {
        String state = sqlState(failure);
        return UNIQUE_VIOLATION.equals(state) || EXCLUSION_VIOLATION.equals(state);
    }

    /** A lock could not be had in time, or the database aborted the transaction to break a conflict. */
    static boolean isBusy(Throwable failure) {
        String state = sqlState(failure);
        return state != null && BUSY.contains(state);
    }

    /** The SQLSTATE of the first {@link SQLException} in the cause chain, or null. */
    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
