package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.BookingResource;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Adapter part: writes appointments so that no two holding time overlap on one resource, and no
 * customer holds two overlapping ones. One short transaction locks the resource rows and the
 * customer's row ({@code booking_resources ... FOR UPDATE}, in key order), re-checks both overlaps
 * and inserts; the database backstop (PostgreSQL exclusion constraint, H2 minute
 * claims) refuses what slips past. Lock timeouts and deadlocks answer {@code Busy}. The messages
 * that announce the change go into the outbox in the same transaction.
 */
final class Bookings {

    private final Jdbi jdbi;
    private final boolean postgres;
    private final SlotClaims claims;
    private final FieldCipher cipher;
    private final JdbiNotificationOutbox outbox;

    Bookings(Jdbi jdbi, boolean postgres, SlotClaims claims, FieldCipher cipher, JdbiNotificationOutbox outbox) {
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.claims = claims;
        this.cipher = cipher;
        this.outbox = outbox;
    }

    WriteOutcome<Appointment> add(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        Db.requireOwned(tenant, appointment.companyId());
        return underLocks(tenant, keys(appointment.resource().key(), appointment), handle -> {
            insertIfFree(handle, appointment);
            outbox.insert(handle, tenant, notices);
            return new WriteOutcome.Written<>(appointment);
        });
    }

    WriteOutcome<Appointment> replace(
            TenantContext tenant, Appointment previous, Appointment replacement, List<Notification> notices) {
        Db.requireOwned(tenant, previous.companyId());
        Db.requireOwned(tenant, replacement.companyId());
        return underLocks(tenant, keys(previous.resource().key(), replacement), handle -> {
            if (AppointmentRows.updateIfVersion(handle, tenant, previous, cipher) == 0) {
                throw new Outcome(new WriteOutcome.VersionConflict<>());
            }
            if (!previous.holdsTime()) {
                claims.release(handle, previous.id());
            }
            insertIfFree(handle, replacement);
            outbox.insert(handle, tenant, notices);
            return new WriteOutcome.Written<>(replacement);
        });
    }

    /** The rows to lock, in key order (no deadlock between two writers): resources and the customer. */
    private static List<String> keys(String otherResource, Appointment appointment) {
        return List.copyOf(new TreeSet<>(List.of(
                otherResource,
                appointment.resource().key(),
                BookingResource.customer(appointment.customerId()).key())));
    }

    private void insertIfFree(Handle handle, Appointment appointment) {
        if (appointment.holdsTime()) {
            Optional<UUID> own = customersOverlapping(handle, appointment);
            if (own.isPresent()) {
                throw new Outcome(new WriteOutcome.CustomerOverlap<>(new AppointmentId(own.get())));
            }
            if (overlapsStored(handle, appointment)) {
                throw new Outcome(new WriteOutcome.SlotTaken<>());
            }
        }
        AppointmentRows.insert(handle, appointment, cipher);
        claims.claim(handle, appointment);
    }

    private WriteOutcome<Appointment> underLocks(TenantContext tenant, List<String> resourceKeys, Work work) {
        try {
            resourceKeys.forEach(key -> ensureResource(tenant, key));
            return jdbi.inTransaction(handle -> {
                if (postgres) {
                    handle.execute("SET LOCAL lock_timeout = '5s'");
                }
                resourceKeys.forEach(key -> lockResource(handle, tenant, key));
                return work.run(handle);
            });
        } catch (Outcome outcome) {
            return outcome.value();
        } catch (JdbiException e) {
            if (SqlFailures.isBusy(e)) {
                return new WriteOutcome.Busy<>(
                        "resource lock not available (SQLSTATE " + SqlFailures.sqlState(e) + ")");
            }
            if (SqlFailures.isSlotConflict(e)) {
                return new WriteOutcome.SlotTaken<>();
            }
            throw e;
        }
    }

    /** Creates the lockable row of a resource on first use; in its own statement, outside the booking transaction. */
    private void ensureResource(TenantContext tenant, String resourceKey) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                    INSERT INTO booking_resources (resource_key, company_id) VALUES (:resource, :company)
                    ON CONFLICT DO NOTHING
                    """)
                    .bind("resource", resourceKey)
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .execute());
        } catch (JdbiException e) {
            if (!SqlFailures.isUniqueViolation(e) && !SqlFailures.isBusy(e)) {
                throw e;
            }
        }
    }

    private static void lockResource(Handle handle, TenantContext tenant, String resourceKey) {
        handle.createQuery("""
                SELECT resource_key FROM booking_resources
                WHERE resource_key = :resource AND company_id = :company
                FOR UPDATE
                """)
                .bind("resource", resourceKey)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .mapTo(String.class)
                .findOne()
                .orElseThrow(() -> new InvalidValueException("resource", "is not a resource of the tenant"));
    }

    /** One of the customer's appointments holding time whose slot overlaps this one's. */
    private static Optional<UUID> customersOverlapping(Handle handle, Appointment appointment) {
        return handle.createQuery(
                        "SELECT id FROM appointments WHERE company_id = :company AND customer_id = :customer AND "
                                + AppointmentRows.HOLDS_TIME
                                + " AND start_at < :end AND end_at > :start ORDER BY start_at, id LIMIT 1")
                .bind("company", Db.uuid(appointment.companyId().value()))
                .bind("customer", Db.uuid(appointment.customerId().value()))
                .bind("start", Db.ts(appointment.slot().start()))
                .bind("end", Db.ts(appointment.slot().end()))
                .map((rs, ctx) -> Db.uuid(rs, "id"))
                .findOne();
    }

    private static boolean overlapsStored(Handle handle, Appointment appointment) {
        return handle.createQuery(
                                "SELECT COUNT(*) FROM appointments WHERE company_id = :company AND resource_key = :resource AND "
                                        + AppointmentRows.HOLDS_TIME
                                        + " AND start_at < :blockedUntil AND blocked_until > :start")
                        .bind("company", Db.uuid(appointment.companyId().value()))
                        .bind("resource", appointment.resource().key())
                        .bind("start", Db.ts(appointment.slot().start()))
                        .bind("blockedUntil", Db.ts(appointment.blockedTime().end()))
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    /** The part of a booking that runs with the resource locks held. */
    @FunctionalInterface
    private interface Work {
        WriteOutcome<Appointment> run(Handle handle);
    }

    /** Ends the transaction with rollback and answers an expected outcome. */
    private static final class Outcome extends RuntimeException {
        private final transient WriteOutcome<Appointment> value;

        Outcome(WriteOutcome<Appointment> value) {
            super(null, null, false, false);
            this.value = value;
        }

        WriteOutcome<Appointment> value() {
            return value;
        }
    }
}
