package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The branch being onboarded as our data has it: company, branch, its active services, staff,
 * numbers and the company's agent settings, and every reason it is not ready yet.
 */
record ProvisioningTarget(
        Company company,
        Branch branch,
        List<Service> services,
        List<Staff> staff,
        List<String> numbers,
        AgentSettings settings) {

    /** Reads the branch's data through the ports; unknown branch (or company) → not found. */
    static ProvisioningTarget load(
            TenantContext tenant,
            String branchId,
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            PhoneNumbers numbers,
            AgentBindings bindings) {
        BranchId id;
        try {
            id = BranchId.parse(branchId);
        } catch (RuntimeException e) {
            throw AdminException.notFound("branch");
        }
        Branch branch = branches.find(tenant, id).orElseThrow(() -> AdminException.notFound("branch"));
        Company company = companies.find(tenant.companyId()).orElseThrow(() -> AdminException.notFound("company"));
        List<String> branchNumbers = numbers.list(tenant).stream()
                .filter(n -> branch.id().equals(n.branchId()))
                .map(n -> n.number().e164())
                .sorted()
                .toList();
        return new ProvisioningTarget(
                company,
                branch,
                services.offeredAt(tenant, branch.id()).stream()
                        .filter(Service::active)
                        .toList(),
                staff.atBranch(tenant, branch.id()),
                branchNumbers,
                bindings.settings(tenant));
    }

    /** Every problem of our data and of the deployment; empty when the branch can be provisioned. */
    List<ProvisioningProblem> problems(ProvisioningSettings deployment) {
        List<ProvisioningProblem> problems = new ArrayList<>();
        if (!branch.active()) {
            problems.add(new ProvisioningProblem("active", "the branch is inactive; activate it before provisioning"));
        }
        if (services.isEmpty()) {
            problems.add(new ProvisioningProblem(
                    "services",
                    "no active service is bookable at this branch; add one "
                            + "(provisioning never assumes a default service)"));
        }
        if (Arrays.stream(DayOfWeek.values()).noneMatch(branch.workingHours()::isOpenOn)) {
            problems.add(new ProvisioningProblem("working_hours", "the branch has no opening day"));
        }
        if (numbers.isEmpty()) {
            problems.add(new ProvisioningProblem(
                    "phone_number", "the branch has no phone number; add one with " + "POST /api/v1/phone-numbers"));
        }
        if (!staff.isEmpty()) {
            for (Service service : services) {
                if (staff.stream().noneMatch(s -> s.performs(service.id()))) {
                    problems.add(new ProvisioningProblem(
                            "services[" + service.id() + "]",
                            "no staff member of this branch performs '" + service.name() + "'"));
                }
            }
        }
        if (deployment.publicUrl() == null) {
            problems.add(new ProvisioningProblem(
                    "ASKPRO_PUBLIC_URL",
                    "is not set: Retell needs this deployment's public " + "base URL for its webhooks and tools"));
        }
        if (!deployment.apiKeyConfigured()) {
            problems.add(new ProvisioningProblem(
                    "ASKPRO_RETELL_PROVISIONING_KEY",
                    "is not set (nor ASKPRO_RETELL_API_KEYS): " + "there is no key to call Retell's API with"));
        }
        return problems;
    }
}
