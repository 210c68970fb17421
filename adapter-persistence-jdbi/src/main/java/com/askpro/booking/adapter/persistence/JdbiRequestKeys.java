package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.RequestKeys;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter: idempotency keys in table {@code request_keys}. A claim is an insert; the primary key
 * (company, key) lets exactly one of several concurrent claims win, on H2 and PostgreSQL alike.
 */
final class JdbiRequestKeys implements RequestKeys {

    private final Jdbi jdbi;

    JdbiRequestKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Claim claim(TenantContext tenant, String key, String fingerprint, Instant now, Duration staleAfter) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO request_keys (company_id, request_key, fingerprint, appointment_id, claimed_at)
                        VALUES (:company, :key, :fingerprint, NULL, :now)
                        """)
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .bind("key", key)
                        .bind("fingerprint", fingerprint)
                        .bind("now", Db.ts(now))
                        .execute());
                return new Claim.Claimed();
            } catch (RuntimeException e) {
                if (!SqlFailures.isUniqueViolation(e)) {
                    throw e;
                }
            }
            Optional<Claim> existing = jdbi.withHandle(handle -> existing(handle, tenant, key));
            if (existing.isEmpty()) {
                continue; // released meanwhile: claim again
            }
            if (existing.get() instanceof Claim.Pending && takeOver(tenant, key, fingerprint, now, staleAfter)) {
                return new Claim.Claimed();
            }
            return existing.get();
        }
        return jdbi.withHandle(handle -> existing(handle, tenant, key)).orElse(new Claim.Pending(fingerprint));
    }

    @Override
    public void complete(TenantContext tenant, String key, AppointmentId appointment) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                UPDATE request_keys SET appointment_id = :appointment WHERE company_id = :company AND request_key = :key
                """)
                .bind("appointment", Db.uuid(appointment.value()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("key", key)
                .execute());
    }

    @Override
    public void release(TenantContext tenant, String key) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                DELETE FROM request_keys WHERE company_id = :company AND request_key = :key AND appointment_id IS NULL
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("key", key)
                .execute());
    }

    /** Takes over a pending claim whose holder has not finished within {@code staleAfter}. */
    private boolean takeOver(TenantContext tenant, String key, String fingerprint, Instant now, Duration staleAfter) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                UPDATE request_keys SET fingerprint = :fingerprint, claimed_at = :now
                WHERE company_id = :company AND request_key = :key AND appointment_id IS NULL AND claimed_at < :stale
                """)
                        .bind("fingerprint", fingerprint)
                        .bind("now", Db.ts(now))
                        .bind("stale", Db.ts(now.minus(staleAfter)))
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .bind("key", key)
                        .execute())
                == 1;
    }

    private static Optional<Claim> existing(Handle handle, TenantContext tenant, String key) {
        return handle.createQuery("""
                SELECT fingerprint, appointment_id FROM request_keys WHERE company_id = :company AND request_key = :key
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("key", key)
                .map((rs, ctx) -> {
                    UUID appointment = Db.uuid(rs, "appointment_id");
                    String fingerprint = rs.getString("fingerprint");
                    return appointment == null
                            ? (Claim) new Claim.Pending(fingerprint)
                            : new Claim.Completed(fingerprint, new AppointmentId(appointment));
                })
                .findOne();
    }
}
