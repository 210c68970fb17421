package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.access.UserRole;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter: dashboard sessions in table {@code dashboard_sessions}. Validity joins the API key (or
 * the user) and the company, so revoking the key, deactivating the user or the company ends its
 * sessions at once; a user's session acts with the user's current role.
 */
final class JdbiDashboardSessions implements DashboardSessions {

    private final Jdbi jdbi;

    JdbiDashboardSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(DashboardSession session) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO dashboard_sessions (token_hash, company_id, api_key_id, user_id, role, created_at, expires_at)
                VALUES (:hash, :company, :key, :user, :role, :createdAt, :expiresAt)
                """)
                .bind("hash", session.tokenHash())
                .bind("company", Db.uuid(session.companyId().value()))
                .bind(
                        "key",
                        Db.uuid(
                                session.apiKeyId() == null
                                        ? null
                                        : session.apiKeyId().value()))
                .bind(
                        "user",
                        Db.uuid(
                                session.userId() == null
                                        ? null
                                        : session.userId().value()))
                .bind("role", session.role().code())
                .bind("createdAt", Db.ts(session.createdAt()))
                .bind("expiresAt", Db.ts(session.expiresAt()))
                .execute());
    }

    @Override
    public Optional<DashboardSession> findValid(String tokenHash, Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT s.token_hash, s.company_id, s.api_key_id, s.user_id, s.role, s.created_at, s.expires_at,
                       k.role AS key_role, u.role AS user_role
                FROM dashboard_sessions s
                JOIN companies c ON c.id = s.company_id
                LEFT JOIN api_keys k ON k.id = s.api_key_id AND k.company_id = s.company_id
                LEFT JOIN dashboard_users u ON u.id = s.user_id AND u.company_id = s.company_id
                WHERE s.token_hash = :hash AND s.expires_at > :now AND c.active = TRUE
                  AND ((s.api_key_id IS NOT NULL AND k.id IS NOT NULL AND k.revoked_at IS NULL)
                    OR (s.user_id IS NOT NULL AND u.id IS NOT NULL AND u.active = TRUE))
                """)
                .bind("hash", tokenHash)
                .bind("now", Db.ts(now))
                .map((rs, ctx) -> {
                    UUID key = Db.uuid(rs, "api_key_id");
                    UUID user = Db.uuid(rs, "user_id");
                    UserRole role;
                    if (user != null) {
                        role = UserRole.parse(rs.getString("user_role"));
                    } else if (rs.getString("role") != null) {
                        role = UserRole.parse(rs.getString("role"));
                    } else {
                        role = UserRole.ofApiKey(ApiKeyRole.valueOf(rs.getString("key_role")));
                    }
                    return new DashboardSession(
                            rs.getString("token_hash"),
                            new CompanyId(Db.uuid(rs, "company_id")),
                            key == null ? null : new ApiKeyId(key),
                            user == null ? null : new UserId(user),
                            role,
                            Db.instant(rs, "created_at"),
                            Db.instant(rs, "expires_at"));
                })
                .findOne());
    }

    @Override
    public void remove(String tokenHash) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM dashboard_sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .execute());
    }

    @Override
    public int removeForUser(TenantContext tenant, UserId user) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM dashboard_sessions WHERE company_id = :company AND user_id = :user")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("user", Db.uuid(user.value()))
                .execute());
    }

    @Override
    public int removeExpired(Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM dashboard_sessions WHERE expires_at <= :now")
                .bind("now", Db.ts(now))
                .execute());
    }
}
