package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person at a branch who performs some services. Works the branch's hours unless own
 * {@code workingHours} are given; either way never outside the branch's hours. {@code skills} give per
 * service an own duration and a level (1–3); every skill's service is one the person performs, so
 * {@code serviceIds} always holds the services of the skills too (a skill implies the service).
 */
public record Staff(
        StaffId id,
        CompanyId companyId,
        BranchId branchId,
        String name,
        Set<ServiceId> serviceIds,
        WorkingHours workingHours,
        boolean active,
        List<StaffSkill> skills) {

    /** Longest name accepted. */
    public static final int MAX_NAME = 200;

    public Staff {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        Require.notNull("branch_id", branchId);
        name = Require.line("name", name, MAX_NAME);
        skills = List.copyOf(Require.noNullElements("skills", skills == null ? List.<StaffSkill>of() : skills)).stream()
                .sorted(Comparator.comparing(skill -> skill.serviceId().toString()))
                .toList();
        Set<ServiceId> skilled = new HashSet<>();
        for (StaffSkill skill : skills) {
            if (!skilled.add(skill.serviceId())) {
                throw new InvalidValueException("skills", "names service " + skill.serviceId() + " twice");
            }
        }
        Set<ServiceId> all = new LinkedHashSet<>(
                Require.noNullElements("service_ids", serviceIds == null ? Set.<ServiceId>of() : serviceIds));
        all.addAll(skilled);
        serviceIds = Set.copyOf(all);
    }

    /** A staff member without skills (every service at its own duration, level 1). */
    public Staff(
            StaffId id,
            CompanyId companyId,
            BranchId branchId,
            String name,
            Set<ServiceId> serviceIds,
            WorkingHours workingHours,
            boolean active) {
        this(id, companyId, branchId, name, serviceIds, workingHours, active, List.of());
    }

    public static Staff hire(StaffId id, CompanyId companyId, BranchId branchId, String name, Set<ServiceId> services) {
        return new Staff(id, companyId, branchId, name, services, null, true, List.of());
    }

    public boolean performs(ServiceId service) {
        return active && serviceIds.contains(service);
    }

    /** The hours this person works: their own, or the branch's when none are set. */
    public WorkingHours hoursAt(Branch branch) {
        return workingHours == null ? branch.workingHours() : workingHours;
    }

    /** The skill entry for {@code service}, if any. */
    public Optional<StaffSkill> skill(ServiceId service) {
        return skills.stream()
                .filter(skill -> skill.serviceId().equals(service))
                .findFirst();
    }

    /** How long this person takes for {@code service}: their own duration, or the service's. */
    public Duration durationFor(Service service) {
        return skill(service.id())
                .map(StaffSkill::duration)
                .filter(d -> d != null)
                .orElse(service.duration());
    }

    /** This person's level for {@code service}: 0 when they do not perform it, 1 without a skill entry. */
    public int levelFor(ServiceId service) {
        if (!serviceIds.contains(service)) {
            return 0;
        }
        return skill(service).map(StaffSkill::level).orElse(StaffSkill.DEFAULT_LEVEL);
    }

    public Staff withWorkingHours(WorkingHours hours) {
        return new Staff(id, companyId, branchId, name, serviceIds, hours, active, skills);
    }

    public Staff withSkills(List<StaffSkill> newSkills) {
        return new Staff(id, companyId, branchId, name, serviceIds, workingHours, active, newSkills);
    }

    public Staff deactivated() {
        return new Staff(id, companyId, branchId, name, serviceIds, workingHours, false, skills);
    }
}
