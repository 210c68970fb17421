package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.AssignmentPolicy;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Adapter: a tenant's branches in table {@code branches}; hours and closed days as JSON text,
 * keywords one per line, the assignment policy by name.
 */
final class JdbiBranches implements Branches {

    static final RowMapper<Branch> MAPPER = (rs, ctx) -> new Branch(
            new BranchId(Db.uuid(rs, "id")),
            new CompanyId(Db.uuid(rs, "company_id")),
            rs.getString("name"),
            rs.getString("address"),
            ZoneId.of(rs.getString("time_zone")),
            HoursJson.readHours(rs.getString("working_hours")),
            HoursJson.readDates(rs.getString("closed_days")),
            rs.getBoolean("active"),
            keywords(rs.getString("keywords")),
            AssignmentPolicy.valueOf(rs.getString("assignment")));

    static final String SELECT = """
            SELECT id, company_id, name, address, time_zone, working_hours, closed_days, active, keywords, assignment
            FROM branches
            WHERE company_id = :company
            """;

    private final Jdbi jdbi;

    JdbiBranches(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Branch add(TenantContext tenant, Branch branch) {
        Db.requireOwned(tenant, branch.companyId());
        jdbi.useHandle(
                handle -> bindAll(handle.createUpdate("""
                INSERT INTO branches (id, company_id, name, address, time_zone, working_hours, closed_days, active, keywords,
                                      assignment)
                VALUES (:id, :company, :name, :address, :timeZone, :hours, :closedDays, :active, :keywords, :assignment)
                """), tenant, branch).execute());
        return branch;
    }

    @Override
    public WriteOutcome<Branch> update(TenantContext tenant, Branch branch) {
        Db.requireOwned(tenant, branch.companyId());
        int rows = jdbi.withHandle(
                handle -> bindAll(handle.createUpdate("""
                UPDATE branches
                SET name = :name, address = :address, time_zone = :timeZone, working_hours = :hours,
                    closed_days = :closedDays, active = :active, keywords = :keywords, assignment = :assignment
                WHERE id = :id AND company_id = :company
                """), tenant, branch).execute());
        return rows == 0 ? new WriteOutcome.NotFound<>() : new WriteOutcome.Written<>(branch);
    }

    @Override
    public Optional<Branch> find(TenantContext tenant, BranchId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "AND id = :id")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("id", Db.uuid(id.value()))
                .map(MAPPER)
                .findOne());
    }

    @Override
    public List<Branch> list(TenantContext tenant) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "ORDER BY name, id")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .map(MAPPER)
                .list());
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, TenantContext tenant, Branch branch) {
        return statement
                .bind("id", Db.uuid(branch.id().value()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("name", branch.name())
                .bind("address", branch.address())
                .bind("timeZone", branch.timeZone().getId())
                .bind("hours", HoursJson.write(branch.workingHours()))
                .bind("closedDays", HoursJson.write(branch.closedDays()))
                .bind("active", branch.active())
                .bind("keywords", String.join("\n", branch.keywords()))
                .bind("assignment", branch.assignment().name());
    }

    /** Keywords are stored one per line (each keyword is one line of text). */
    private static List<String> keywords(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
