package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import java.util.Optional;

/**
 * Use case, for the operator's command line, which has database access but no API key: who may
 * provision a branch — a tenant admin of the company that owns it.
 */
public final class FindBranchOwner {

    private final Companies companies;
    private final Branches branches;

    public FindBranchOwner(Companies companies, Branches branches) {
        this.companies = companies;
        this.branches = branches;
    }

    /** A tenant admin of the company that owns {@code branchId}, empty when no company has such a branch. */
    public Optional<Principal> ownerOf(String branchId) {
        BranchId id;
        try {
            id = BranchId.parse(branchId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<Company> batch = companies.list(page);
            for (Company company : batch.items()) {
                if (branches.find(company.tenant(), id).isPresent()) {
                    return Optional.of(new Principal(ApiKeyRole.TENANT_ADMIN, company.id(), "cli"));
                }
            }
            if (batch.next().isEmpty()) {
                return Optional.empty();
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, batch.next().get());
        }
    }
}
