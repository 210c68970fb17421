package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.TimeSlotLocks;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlotLock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Adapter: short-lived claims in table {@code time_slot_locks}, primary key (resource, start), so
 * all server instances share them. An expired claim is deleted before a new one is inserted.
 */
final class JdbiTimeSlotLocks implements TimeSlotLocks {

    private final Jdbi jdbi;

    JdbiTimeSlotLocks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public WriteOutcome<TimeSlotLock> tryAcquire(TenantContext tenant, TimeSlotLock lock, Instant now) {
        try {
            boolean taken = jdbi.inTransaction(handle -> {
                handle.createUpdate("""
                        DELETE FROM time_slot_locks
                        WHERE resource_key = :resource AND slot_start = :start AND company_id = :company AND expires_at <= :now
                        """)
                        .bind("resource", lock.resource().key())
                        .bind("start", Db.ts(lock.start()))
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .bind("now", Db.ts(now))
                        .execute();
                return handle.createUpdate("""
                        INSERT INTO time_slot_locks (resource_key, slot_start, company_id, token, expires_at)
                        VALUES (:resource, :start, :company, :token, :expiresAt)
                        ON CONFLICT DO NOTHING
                        """)
                                .bind("resource", lock.resource().key())
                                .bind("start", Db.ts(lock.start()))
                                .bind("company", Db.uuid(tenant.companyId().value()))
                                .bind("token", lock.token())
                                .bind("expiresAt", Db.ts(lock.expiresAt()))
                                .execute()
                        == 1;
            });
            return taken ? new WriteOutcome.Written<>(lock) : new WriteOutcome.Busy<>("time slot lock held");
        } catch (JdbiException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return new WriteOutcome.Busy<>("time slot lock held");
            }
            if (SqlFailures.isBusy(e)) {
                return new WriteOutcome.Busy<>("time slot lock row locked (SQLSTATE " + SqlFailures.sqlState(e) + ")");
            }
            throw e;
        }
    }

    @Override
    public void release(TenantContext tenant, TimeSlotLock lock) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                DELETE FROM time_slot_locks
                WHERE resource_key = :resource AND slot_start = :start AND company_id = :company AND token = :token
                """)
                .bind("resource", lock.resource().key())
                .bind("start", Db.ts(lock.start()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("token", lock.token())
                .execute());
    }
}
