package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.access.UserRole;
import com.askpro.booking.domain.port.DashboardUsers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Adapter: dashboard users in table {@code dashboard_users}; e-mail and name encrypted, the
 * address found and kept unique per company by its keyed hash ({@code email_hash}).
 */
final class JdbiDashboardUsers implements DashboardUsers {

    static final String EMAIL = "dashboard_users.email";
    static final String NAME = "dashboard_users.name";
    private static final String SELECT =
            "SELECT u.id, u.company_id, u.email, u.name, u.role, u.password_hash, u.active, u.created_at"
                    + " FROM dashboard_users u\n";

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final RowMapper<DashboardUser> mapper;

    JdbiDashboardUsers(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.mapper = (rs, ctx) -> new DashboardUser(
                new UserId(Db.uuid(rs, "id")),
                new CompanyId(Db.uuid(rs, "company_id")),
                cipher.open(rs.getString("email"), EMAIL),
                cipher.open(rs.getString("name"), NAME),
                UserRole.parse(rs.getString("role")),
                rs.getString("password_hash"),
                rs.getBoolean("active"),
                Db.instant(rs, "created_at"));
    }

    @Override
    public WriteOutcome<DashboardUser> add(TenantContext tenant, DashboardUser user) {
        Db.requireOwned(tenant, user.companyId());
        try {
            int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                    INSERT INTO dashboard_users (id, company_id, email, email_hash, name, role, password_hash, active, created_at)
                    VALUES (:id, :company, :email, :emailHash, :name, :role, :passwordHash, :active, :createdAt)
                    ON CONFLICT DO NOTHING
                    """)
                    .bind("id", Db.uuid(user.id().value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("email", cipher.seal(user.email(), EMAIL))
                    .bind("emailHash", cipher.emailHash(user.email()))
                    .bind("name", cipher.seal(user.name(), NAME))
                    .bind("role", user.role().code())
                    .bind("passwordHash", user.passwordHash())
                    .bind("active", user.active())
                    .bind("createdAt", Db.ts(user.createdAt()))
                    .execute());
            return rows == 1 ? new WriteOutcome.Written<>(user) : new WriteOutcome.AlreadyExists<>("dashboard_user");
        } catch (JdbiException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return new WriteOutcome.AlreadyExists<>("dashboard_user");
            }
            throw e;
        }
    }

    @Override
    public Optional<DashboardUser> find(TenantContext tenant, UserId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE u.company_id = :company AND u.id = :id")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("id", Db.uuid(id.value()))
                .map(mapper)
                .findOne());
    }

    @Override
    public List<DashboardUser> list(TenantContext tenant) {
        return jdbi.withHandle(
                handle -> handle.createQuery(SELECT + "WHERE u.company_id = :company ORDER BY u.created_at, u.id")
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .map(mapper)
                        .list());
    }

    @Override
    public WriteOutcome<DashboardUser> update(TenantContext tenant, DashboardUser user) {
        Db.requireOwned(tenant, user.companyId());
        int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                UPDATE dashboard_users SET name = :name, role = :role, password_hash = :passwordHash, active = :active
                WHERE company_id = :company AND id = :id
                """)
                .bind("name", cipher.seal(user.name(), NAME))
                .bind("role", user.role().code())
                .bind("passwordHash", user.passwordHash())
                .bind("active", user.active())
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("id", Db.uuid(user.id().value()))
                .execute());
        if (rows == 0) {
            return new WriteOutcome.NotFound<>();
        }
        return find(tenant, user.id())
                .<WriteOutcome<DashboardUser>>map(WriteOutcome.Written::new)
                .orElseGet(WriteOutcome.NotFound::new);
    }

    @Override
    public List<DashboardUser> activeByEmail(String email) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + """
                JOIN companies c ON c.id = u.company_id
                WHERE u.email_hash = :hash AND u.active = TRUE AND c.active = TRUE
                ORDER BY u.created_at, u.id
                LIMIT 10
                """)
                .bind("hash", cipher.emailHash(DashboardUser.normalizeEmail(email)))
                .map(mapper)
                .list());
    }
}
