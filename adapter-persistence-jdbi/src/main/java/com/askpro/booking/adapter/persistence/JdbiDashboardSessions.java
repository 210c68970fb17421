package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter: dashboard sessions in table {@code dashboard_sessions}. Validity joins the API key and
 * the company, so revoking the key or deactivating the company ends its sessions at once.
 */
final class JdbiDashboardSessions implements DashboardSessions {

    private final Jdbi jdbi;

    JdbiDashboardSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(DashboardSession session) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO dashboard_sessions (token_hash, company_id, api_key_id, created_at, expires_at)
                VALUES (:hash, :company, :key, :createdAt, :expiresAt)
                """)
                .bind("hash", session.tokenHash())
                .bind("company", Db.uuid(session.companyId().value()))
                .bind("key", Db.uuid(session.apiKeyId().value()))
                .bind("createdAt", Db.ts(session.createdAt()))
                .bind("expiresAt", Db.ts(session.expiresAt()))
                .execute());
    }

    @Override
    public Optional<DashboardSession> findValid(String tokenHash, Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT s.token_hash, s.company_id, s.api_key_id, s.created_at, s.expires_at
                FROM dashboard_sessions s
                JOIN api_keys k ON k.id = s.api_key_id AND k.company_id = s.company_id
                JOIN companies c ON c.id = s.company_id
                WHERE s.token_hash = :hash AND s.expires_at > :now AND k.revoked_at IS NULL AND c.active = TRUE
                """)
                .bind("hash", tokenHash)
                .bind("now", Db.ts(now))
                .map((rs, ctx) -> new DashboardSession(rs.getString("token_hash"), new CompanyId(Db.uuid(rs, "company_id")),
                        new ApiKeyId(Db.uuid(rs, "api_key_id")), Db.instant(rs, "created_at"), Db.instant(rs, "expires_at")))
                .findOne());
    }

    @Override
    public void remove(String tokenHash) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM dashboard_sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .execute());
    }

    @Override
    public int removeExpired(Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM dashboard_sessions WHERE expires_at <= :now")
                .bind("now", Db.ts(now))
                .execute());
    }
}
