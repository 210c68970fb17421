package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Adapter: dialled numbers in table {@code phone_numbers}, E.164 text unique across all tenants;
 * {@code branch_id} null for a hotline number of the whole company.
 */
final class JdbiPhoneNumbers implements PhoneNumbers {

    static final RowMapper<BranchPhoneNumber> MAPPER = (rs, ctx) -> new BranchPhoneNumber(
            new PhoneNumberId(Db.uuid(rs, "id")),
            new CompanyId(Db.uuid(rs, "company_id")),
            branch(Db.uuid(rs, "branch_id")),
            new PhoneNumber(rs.getString("number")));

    private static BranchId branch(java.util.UUID id) {
        return id == null ? null : new BranchId(id);
    }

    private static final String SELECT =
            "SELECT id, company_id, branch_id, number FROM phone_numbers WHERE company_id = :company\n";

    private final Jdbi jdbi;

    JdbiPhoneNumbers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public WriteOutcome<BranchPhoneNumber> add(TenantContext tenant, BranchPhoneNumber number) {
        Db.requireOwned(tenant, number.companyId());
        try {
            int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                    INSERT INTO phone_numbers (id, company_id, branch_id, number)
                    VALUES (:id, :company, :branch, :number)
                    ON CONFLICT DO NOTHING
                    """)
                    .bind("id", Db.uuid(number.id().value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("branch", Db.uuid(number.branch().map(BranchId::value).orElse(null)))
                    .bind("number", number.number().e164())
                    .execute());
            return rows == 1 ? new WriteOutcome.Written<>(number) : new WriteOutcome.AlreadyExists<>("phone_number");
        } catch (JdbiException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return new WriteOutcome.AlreadyExists<>("phone_number");
            }
            throw e;
        }
    }

    @Override
    public Optional<BranchPhoneNumber> find(TenantContext tenant, PhoneNumberId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "AND id = :id")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("id", Db.uuid(id.value()))
                .map(MAPPER)
                .findOne());
    }

    @Override
    public List<BranchPhoneNumber> list(TenantContext tenant) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "ORDER BY number")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .map(MAPPER)
                .list());
    }

    @Override
    public WriteOutcome<BranchPhoneNumber> remove(TenantContext tenant, PhoneNumberId id) {
        return jdbi.inTransaction(handle -> {
            Optional<BranchPhoneNumber> held = handle.createQuery(SELECT + "AND id = :id FOR UPDATE")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("id", Db.uuid(id.value()))
                    .map(MAPPER)
                    .findOne();
            if (held.isEmpty()) {
                return new WriteOutcome.NotFound<BranchPhoneNumber>();
            }
            int rows = handle.createUpdate("DELETE FROM phone_numbers WHERE id = :id AND company_id = :company")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("id", Db.uuid(id.value()))
                    .execute();
            return rows == 1 ? new WriteOutcome.Written<>(held.get()) : new WriteOutcome.NotFound<BranchPhoneNumber>();
        });
    }
}
