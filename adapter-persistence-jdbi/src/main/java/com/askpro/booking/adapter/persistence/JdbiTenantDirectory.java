package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter: routes a dialled number to its tenant by exact E.164 match over
 * {@code phone_numbers → branches → companies}, active ones only; a hotline number (no branch) of an
 * active company that has an active branch routes to the company alone. The one tenant-less lookup.
 */
final class JdbiTenantDirectory implements TenantDirectory {

    private final Jdbi jdbi;

    JdbiTenantDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Route> route(PhoneNumber dialled) {
        return jdbi.inTransaction(handle -> {
            Optional<BranchPhoneNumber> number = handle.createQuery("""
                    SELECT p.id, p.company_id, p.branch_id, p.number
                    FROM phone_numbers p
                    LEFT JOIN branches b ON b.company_id = p.company_id AND b.id = p.branch_id
                    JOIN companies c ON c.id = p.company_id
                    WHERE p.number = :number AND c.active
                      AND (b.active OR (p.branch_id IS NULL AND EXISTS (
                          SELECT 1 FROM branches a WHERE a.company_id = p.company_id AND a.active)))
                    """)
                    .bind("number", dialled.e164())
                    .map(JdbiPhoneNumbers.MAPPER)
                    .findOne();
            if (number.isEmpty()) {
                return Optional.<Route>empty();
            }
            BranchPhoneNumber found = number.get();
            Company company = handle.createQuery(JdbiCompanies.SELECT + "WHERE id = :company")
                    .bind("company", Db.uuid(found.companyId().value()))
                    .map(JdbiCompanies.MAPPER)
                    .one();
            if (found.isHotline()) {
                return Optional.of(new Route(company, null, found));
            }
            Branch branch = handle.createQuery(JdbiBranches.SELECT + "AND id = :branch")
                    .bind("company", Db.uuid(found.companyId().value()))
                    .bind("branch", Db.uuid(found.branchId().value()))
                    .map(JdbiBranches.MAPPER)
                    .one();
            return Optional.of(new Route(company, branch, found));
        });
    }
}
