package com.askpro.booking.application.admin;

import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.AssignmentPolicy;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Use case: a tenant manages its branches (create, read, update, deactivate). */
public final class BranchAdministration {

    /**
     * Branch fields; null keeps the current value on update ({@code time_zone} defaults to the company's,
     * {@code assignment} to {@code earliest}). {@code keywords} help a hotline caller choose the branch.
     */
    public record BranchInput(
            String name,
            String address,
            String timeZone,
            Map<String, List<List<String>>> workingHours,
            List<String> closedDays,
            Boolean active,
            List<String> keywords,
            String assignment) {

        public BranchInput(
                String name,
                String address,
                String timeZone,
                Map<String, List<List<String>>> workingHours,
                List<String> closedDays,
                Boolean active) {
            this(name, address, timeZone, workingHours, closedDays, active, null, null);
        }
    }

    private final Branches branches;
    private final Companies companies;

    public BranchAdministration(Branches branches, Companies companies) {
        this.branches = branches;
        this.companies = companies;
    }

    public Branch create(Principal caller, BranchInput input) {
        TenantContext tenant = caller.tenantToWrite();
        ZoneId zone = input.timeZone() == null
                ? companies
                        .find(tenant.companyId())
                        .orElseThrow(() -> AdminException.notFound("company"))
                        .timeZone()
                : Values.zone("time_zone", input.timeZone());
        WorkingHours hours =
                Values.required("working_hours", Values.workingHours("working_hours", input.workingHours()));
        Branch branch = new Branch(
                BranchId.newId(),
                tenant.companyId(),
                input.name(),
                input.address(),
                zone,
                hours,
                closedDays(input.closedDays()),
                input.active() == null || input.active(),
                input.keywords(),
                AssignmentPolicy.parse(input.assignment()));
        return branches.add(tenant, branch);
    }

    public Page<Branch> list(Principal caller, PageRequest page) {
        return ListPages.page(branches.list(caller.tenantToRead()), b -> ListPages.byName(b.name(), b.id()), page);
    }

    public Branch get(Principal caller, String id) {
        return find(caller.tenantToRead(), id);
    }

    public Branch update(Principal caller, String id, BranchInput input) {
        TenantContext tenant = caller.tenantToWrite();
        Branch current = find(tenant, id);
        Branch changed = new Branch(
                current.id(),
                current.companyId(),
                input.name() == null ? current.name() : input.name(),
                input.address() == null ? current.address() : input.address(),
                input.timeZone() == null ? current.timeZone() : Values.zone("time_zone", input.timeZone()),
                input.workingHours() == null
                        ? current.workingHours()
                        : Values.workingHours("working_hours", input.workingHours()),
                input.closedDays() == null ? current.closedDays() : closedDays(input.closedDays()),
                input.active() == null ? current.active() : input.active(),
                input.keywords() == null ? current.keywords() : input.keywords(),
                input.assignment() == null ? current.assignment() : AssignmentPolicy.parse(input.assignment()));
        return branches.update(tenant, changed).written().orElseThrow(() -> AdminException.notFound("branch"));
    }

    public Branch deactivate(Principal caller, String id) {
        TenantContext tenant = caller.tenantToWrite();
        return branches.update(tenant, find(tenant, id).deactivated())
                .written()
                .orElseThrow(() -> AdminException.notFound("branch"));
    }

    Branch find(TenantContext tenant, String id) {
        return branches.find(tenant, Values.pathId(id, BranchId::new, "branch"))
                .orElseThrow(() -> AdminException.notFound("branch"));
    }

    private static Set<LocalDate> closedDays(List<String> days) {
        if (days == null) {
            return Set.of();
        }
        if (days.size() > 366) {
            throw new com.askpro.booking.domain.shared.InvalidValueException(
                    "closed_days", "must be at most 366 dates");
        }
        return days.stream().map(d -> Values.date("closed_days", d)).collect(Collectors.toSet());
    }
}
