package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.StaffSkill;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Adapter: staff in table {@code staff}, the services each performs in {@code staff_services}, their
 * skills (own duration, level) in {@code staff_skills}.
 */
final class JdbiStaffMembers implements StaffMembers {

    private static final String SELECT = """
            SELECT id, company_id, branch_id, name, working_hours, active
            FROM staff
            WHERE company_id = :company
            """;

    private final Jdbi jdbi;

    JdbiStaffMembers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Staff add(TenantContext tenant, Staff staff) {
        Db.requireOwned(tenant, staff.companyId());
        jdbi.useTransaction(handle -> {
            bindAll(handle.createUpdate("""
                    INSERT INTO staff (id, company_id, branch_id, name, working_hours, active)
                    VALUES (:id, :company, :branch, :name, :hours, :active)
                    """), tenant, staff).execute();
            insertServices(handle, tenant, staff);
            insertSkills(handle, tenant, staff);
        });
        return staff;
    }

    @Override
    public WriteOutcome<Staff> update(TenantContext tenant, Staff staff) {
        Db.requireOwned(tenant, staff.companyId());
        return jdbi.inTransaction(handle -> {
            int rows = bindAll(handle.createUpdate("""
                    UPDATE staff SET branch_id = :branch, name = :name, working_hours = :hours, active = :active
                    WHERE id = :id AND company_id = :company
                    """), tenant, staff).execute();
            if (rows == 0) {
                return new WriteOutcome.NotFound<Staff>();
            }
            handle.createUpdate("DELETE FROM staff_skills WHERE staff_id = :id AND company_id = :company")
                    .bind("id", Db.uuid(staff.id().value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .execute();
            handle.createUpdate("DELETE FROM staff_services WHERE staff_id = :id AND company_id = :company")
                    .bind("id", Db.uuid(staff.id().value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .execute();
            insertServices(handle, tenant, staff);
            insertSkills(handle, tenant, staff);
            return new WriteOutcome.Written<>(staff);
        });
    }

    @Override
    public Optional<Staff> find(TenantContext tenant, StaffId id) {
        return query(tenant, "AND id = :id", id.value()).stream().findFirst();
    }

    @Override
    public List<Staff> atBranch(TenantContext tenant, BranchId branch) {
        return query(tenant, "AND active AND branch_id = :id", branch.value());
    }

    @Override
    public List<Staff> list(TenantContext tenant) {
        return query(tenant, "", null);
    }

    private List<Staff> query(TenantContext tenant, String filter, UUID id) {
        return jdbi.inTransaction(handle -> {
            var query = handle.createQuery(SELECT + filter + "\nORDER BY name, id")
                    .bind("company", Db.uuid(tenant.companyId().value()));
            if (id != null) {
                query.bind("id", Db.uuid(id));
            }
            List<Staff> rows = query.map((rs, ctx) -> new Staff(
                            new StaffId(Db.uuid(rs, "id")),
                            new CompanyId(Db.uuid(rs, "company_id")),
                            new BranchId(Db.uuid(rs, "branch_id")),
                            rs.getString("name"),
                            Set.of(),
                            HoursJson.readHours(rs.getString("working_hours")),
                            rs.getBoolean("active")))
                    .list();
            List<UUID> ids = rows.stream().map(s -> s.id().value()).toList();
            Map<UUID, Set<ServiceId>> services = servicesOf(handle, tenant, ids);
            Map<UUID, List<StaffSkill>> skills = skillsOf(handle, tenant, ids);
            return rows.stream()
                    .map(s -> new Staff(
                            s.id(),
                            s.companyId(),
                            s.branchId(),
                            s.name(),
                            services.getOrDefault(s.id().value(), Set.of()),
                            s.workingHours(),
                            s.active(),
                            skills.getOrDefault(s.id().value(), List.of())))
                    .toList();
        });
    }

    private static Map<UUID, Set<ServiceId>> servicesOf(Handle handle, TenantContext tenant, List<UUID> staffIds) {
        Map<UUID, Set<ServiceId>> services = new HashMap<>();
        if (staffIds.isEmpty()) {
            return services;
        }
        handle.createQuery(
                        "SELECT staff_id, service_id FROM staff_services WHERE company_id = :company AND staff_id IN (<ids>)")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bindList("ids", staffIds)
                .map((rs, ctx) -> Map.entry(Db.uuid(rs, "staff_id"), new ServiceId(Db.uuid(rs, "service_id"))))
                .forEach(entry -> services.computeIfAbsent(entry.getKey(), key -> new HashSet<>())
                        .add(entry.getValue()));
        return services;
    }

    private static Map<UUID, List<StaffSkill>> skillsOf(Handle handle, TenantContext tenant, List<UUID> staffIds) {
        Map<UUID, List<StaffSkill>> skills = new HashMap<>();
        if (staffIds.isEmpty()) {
            return skills;
        }
        handle.createQuery("""
                SELECT staff_id, service_id, duration_minutes, level FROM staff_skills
                WHERE company_id = :company AND staff_id IN (<ids>)
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bindList("ids", staffIds)
                .map((rs, ctx) -> {
                    Long minutes = Db.nullableLong(rs, "duration_minutes");
                    return Map.entry(
                            Db.uuid(rs, "staff_id"),
                            new StaffSkill(
                                    new ServiceId(Db.uuid(rs, "service_id")),
                                    minutes == null ? null : Duration.ofMinutes(minutes),
                                    rs.getInt("level")));
                })
                .forEach(entry -> skills.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                        .add(entry.getValue()));
        return skills;
    }

    private static void insertSkills(Handle handle, TenantContext tenant, Staff staff) {
        if (staff.skills().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO staff_skills (staff_id, service_id, company_id, duration_minutes, level)
                VALUES (:staff, :service, :company, :minutes, :level)
                """);
        for (StaffSkill skill : staff.skills()) {
            batch.bind("staff", Db.uuid(staff.id().value()))
                    .bind("service", Db.uuid(skill.serviceId().value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind(
                            "minutes",
                            skill.duration() == null
                                    ? null
                                    : (Integer) (int) skill.duration().toMinutes())
                    .bind("level", skill.level())
                    .add();
        }
        batch.execute();
    }

    private static void insertServices(Handle handle, TenantContext tenant, Staff staff) {
        if (staff.serviceIds().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO staff_services (staff_id, service_id, company_id) VALUES (:staff, :service, :company)");
        for (ServiceId service : staff.serviceIds()) {
            batch.bind("staff", Db.uuid(staff.id().value()))
                    .bind("service", Db.uuid(service.value()))
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .add();
        }
        batch.execute();
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, TenantContext tenant, Staff staff) {
        return statement
                .bind("id", Db.uuid(staff.id().value()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("branch", Db.uuid(staff.branchId().value()))
                .bind("name", staff.name())
                .bind("hours", HoursJson.write(staff.workingHours()))
                .bind("active", staff.active());
    }
}
