package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.Require;
import java.util.Set;

/**
 * A person at a branch who performs some services. Works the branch's hours unless own
 * {@code workingHours} are given; either way never outside the branch's hours.
 */
public record Staff(
        StaffId id,
        CompanyId companyId,
        BranchId branchId,
        String name,
        Set<ServiceId> serviceIds,
        WorkingHours workingHours,
        boolean active) {

    /** Longest name accepted. */
    public static final int MAX_NAME = 200;

    public Staff {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        Require.notNull("branch_id", branchId);
        name = Require.line("name", name, MAX_NAME);
        serviceIds = Set.copyOf(Require.noNullElements("service_ids", serviceIds == null ? Set.<ServiceId>of() : serviceIds));
    }

    public static Staff hire(StaffId id, CompanyId companyId, BranchId branchId, String name, Set<ServiceId> services) {
        return new Staff(id, companyId, branchId, name, services, null, true);
    }

    public boolean performs(ServiceId service) {
        return active && serviceIds.contains(service);
    }

    /** The hours this person works: their own, or the branch's when none are set. */
    public WorkingHours hoursAt(Branch branch) {
        return workingHours == null ? branch.workingHours() : workingHours;
    }

    public Staff withWorkingHours(WorkingHours hours) {
        return new Staff(id, companyId, branchId, name, serviceIds, hours, active);
    }

    public Staff deactivated() {
        return new Staff(id, companyId, branchId, name, serviceIds, workingHours, false);
    }
}
