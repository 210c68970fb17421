package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.askpro.booking.domain.appointment.Appointment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract: the migrations build the whole schema on an empty database, and the backstop holds without the lock. */
abstract class MigrationsContract extends DatabaseTest {

    private static final List<String> TABLES = List.of(
            "companies",
            "branches",
            "phone_numbers",
            "services",
            "service_keywords",
            "staff",
            "staff_services",
            "customers",
            "calls",
            "call_appointments",
            "booking_resources",
            "appointments",
            "appointment_slot_claims",
            "time_slot_locks",
            "webhook_events",
            "api_call_logs",
            "audit_events",
            "scheduled_tasks",
            "api_keys",
            "dashboard_sessions",
            "request_keys",
            "retell_branch_bindings",
            "retell_company_settings",
            "encryption_keys",
            "staff_skills",
            "function_calls",
            "notifications",
            "notification_settings",
            "appointment_actions",
            "dashboard_users");

    @Test
    void everyTableExistsAndMigratingAgainChangesNothing() {
        long applied = count("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND type = 'SQL'");
        persistence.migrate();

        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND type = 'SQL'"))
                .isEqualTo(applied);
        assertThat(applied).isEqualTo(persistence.isPostgres() ? 21 : 19);
        for (String table : TABLES) {
            assertThat(count("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?", table))
                    .as(table)
                    .isEqualTo(1);
        }
    }

    /** Rollback (issue 22): the previous release starts on a database a newer release has migrated. */
    @Test
    void aDatabaseMigratedByANewerReleaseStillStartsThePreviousRelease() throws SQLException {
        try (Connection connection = persistence.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                            installed_by, installed_on, execution_time, success)
                        SELECT MAX(installed_rank) + 1, '999', 'from a newer release', 'SQL', 'V999__from_a_newer_release.sql',
                            0, 'test', CURRENT_TIMESTAMP, 0, TRUE FROM flyway_schema_history
                        """)) {
            insert.executeUpdate();
        }
        try {
            persistence.migrate();

            assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '999'"))
                    .isEqualTo(1);
        } finally {
            // the database is shared by the class's tests, which run in no promised order
            try (Connection connection = persistence.dataSource().getConnection();
                    PreparedStatement delete =
                            connection.prepareStatement("DELETE FROM flyway_schema_history WHERE version = '999'")) {
                delete.executeUpdate();
            }
        }
    }

    @Test
    void theDatabaseRefusesOverlappingTimeEvenWithoutTheAdaptersLock() throws SQLException {
        Fixtures t = Fixtures.create(persistence);
        Instant start = Instant.parse("2030-03-04T10:00:00Z");
        Appointment first = persistence
                .appointments()
                .add(t.tenant(), t.appointment(t.alice(), start, 30))
                .orElseThrow();

        Throwable refused = catchThrowable(() -> {
            try (Connection connection = persistence.dataSource().getConnection()) {
                if (persistence.isPostgres()) {
                    insertRawOverlap(connection, t, first, start.plusSeconds(600));
                } else {
                    claimMinute(connection, first, start.plusSeconds(600));
                }
            }
        });

        assertThat(refused).isInstanceOf(SQLException.class);
        assertThat(((SQLException) refused).getSQLState()).isEqualTo(persistence.isPostgres() ? "23P01" : "23505");
    }

    private static void insertRawOverlap(Connection connection, Fixtures t, Appointment first, Instant start)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO appointments (id, company_id, branch_id, service_id, staff_id, customer_id, resource_key,
                    start_at, end_at, blocked_until, zone, status, sync_status, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'UTC', 'BOOKED', 'LOCAL', 0, ?, ?)
                """)) {
            insert.setObject(1, java.util.UUID.randomUUID());
            insert.setObject(2, t.company().id().value());
            insert.setObject(3, t.branch().id().value());
            insert.setObject(4, t.service().id().value());
            insert.setObject(5, t.alice().id().value());
            insert.setObject(6, t.customer().id().value());
            insert.setString(7, first.resource().key());
            insert.setObject(8, start.atOffset(ZoneOffset.UTC));
            insert.setObject(9, start.plusSeconds(1800).atOffset(ZoneOffset.UTC));
            insert.setObject(10, start.plusSeconds(1800).atOffset(ZoneOffset.UTC));
            insert.setObject(11, start.atOffset(ZoneOffset.UTC));
            insert.setObject(12, start.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void claimMinute(Connection connection, Appointment first, Instant minute) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO appointment_slot_claims (resource_key, minute_start, appointment_id) VALUES (?, ?, ?)")) {
            insert.setString(1, first.resource().key());
            insert.setObject(2, minute.atOffset(ZoneOffset.UTC));
            insert.setObject(3, first.id().value());
            insert.executeUpdate();
        }
    }
}
