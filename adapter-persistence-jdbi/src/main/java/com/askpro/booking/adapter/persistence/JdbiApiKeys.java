package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.port.ApiKeys;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/** Adapter: hashed API keys in table {@code api_keys}, unique by prefix. */
final class JdbiApiKeys implements ApiKeys {

    static final RowMapper<ApiKey> MAPPER = (rs, ctx) -> {
        UUID company = Db.uuid(rs, "company_id");
        return new ApiKey(
                new ApiKeyId(Db.uuid(rs, "id")),
                company == null ? null : new CompanyId(company),
                ApiKeyRole.valueOf(rs.getString("role")),
                rs.getString("prefix"),
                rs.getString("secret_hash"),
                rs.getString("label"),
                Db.instant(rs, "created_at"),
                Db.instant(rs, "revoked_at"));
    };

    private static final String SELECT =
            "SELECT id, company_id, role, prefix, secret_hash, label, created_at, revoked_at FROM api_keys\n";

    private final Jdbi jdbi;

    JdbiApiKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public WriteOutcome<ApiKey> add(ApiKey key) {
        try {
            int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                    INSERT INTO api_keys (id, company_id, role, prefix, secret_hash, label, created_at, revoked_at)
                    VALUES (:id, :company, :role, :prefix, :hash, :label, :createdAt, :revokedAt)
                    ON CONFLICT DO NOTHING
                    """)
                    .bind("id", Db.uuid(key.id().value()))
                    .bind(
                            "company",
                            Db.uuid(
                                    key.companyId() == null
                                            ? null
                                            : key.companyId().value()))
                    .bind("role", key.role().name())
                    .bind("prefix", key.prefix())
                    .bind("hash", key.secretHash())
                    .bind("label", key.label())
                    .bind("createdAt", Db.ts(key.createdAt()))
                    .bind("revokedAt", Db.ts(key.revokedAt()))
                    .execute());
            return rows == 1 ? new WriteOutcome.Written<>(key) : new WriteOutcome.AlreadyExists<>("api_key");
        } catch (JdbiException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return new WriteOutcome.AlreadyExists<>("api_key");
            }
            throw e;
        }
    }

    @Override
    public Optional<ApiKey> findByPrefix(String prefix) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE prefix = :prefix")
                .bind("prefix", prefix)
                .map(MAPPER)
                .findOne());
    }

    @Override
    public List<ApiKey> list(TenantContext tenant) {
        return jdbi.withHandle(
                handle -> handle.createQuery(SELECT + "WHERE company_id = :company ORDER BY created_at, id")
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .map(MAPPER)
                        .list());
    }

    @Override
    public WriteOutcome<ApiKey> revoke(TenantContext tenant, ApiKeyId id, Instant at) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate(
                            "UPDATE api_keys SET revoked_at = :at WHERE id = :id AND company_id = :company AND revoked_at IS NULL")
                    .bind("at", Db.ts(at))
                    .bind("id", Db.uuid(id.value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .execute();
            return handle.createQuery(SELECT + "WHERE id = :id AND company_id = :company")
                    .bind("id", Db.uuid(id.value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .map(MAPPER)
                    .findOne()
                    .<WriteOutcome<ApiKey>>map(WriteOutcome.Written::new)
                    .orElseGet(WriteOutcome.NotFound::new);
        });
    }
}
