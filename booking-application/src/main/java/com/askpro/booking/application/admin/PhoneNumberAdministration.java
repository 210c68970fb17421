package com.askpro.booking.application.admin;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.TenantContext;

/**
 * Use case: a tenant assigns the numbers callers dial to its branches, or — without a branch — to the
 * whole company as a hotline on which callers choose the branch (docs/business-models.md). Numbers
 * are normalised to E.164 (national input read in the company's country) and unique across all tenants.
 */
public final class PhoneNumberAdministration {

    private final PhoneNumbers numbers;
    private final Branches branches;
    private final Companies companies;

    public PhoneNumberAdministration(PhoneNumbers numbers, Branches branches, Companies companies) {
        this.numbers = numbers;
        this.branches = branches;
        this.companies = companies;
    }

    /** {@code branchId} null: a hotline number of the company (it needs an active branch). */
    public BranchPhoneNumber create(Principal caller, String number, String branchId) {
        TenantContext tenant = caller.tenantToWrite();
        Company company = companies.find(tenant.companyId()).orElseThrow(() -> AdminException.notFound("company"));
        PhoneNumber parsed;
        try {
            parsed = PhoneNumber.parse(number, company.country());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("number", Values.reason(e));
        }
        BranchId branch = branchId == null ? null : existingBranch(branches, tenant, branchId);
        if (branch == null && branches.list(tenant).stream().noneMatch(Branch::active)) {
            throw new InvalidValueException(
                    "branch_id",
                    "is required while the company has no active branch "
                            + "(a hotline number without branch lets callers choose among the active branches)");
        }
        WriteOutcome<BranchPhoneNumber> outcome =
                numbers.add(tenant, new BranchPhoneNumber(PhoneNumberId.newId(), tenant.companyId(), branch, parsed));
        if (outcome instanceof WriteOutcome.Written<BranchPhoneNumber> written) {
            return written.value();
        }
        throw AdminException.conflict(
                "number",
                "the number " + parsed.e164() + " is already assigned (numbers are unique across all companies)");
    }

    public Page<BranchPhoneNumber> list(Principal caller, PageRequest page) {
        return ListPages.page(
                numbers.list(caller.tenantToRead()),
                n -> ListPages.byName(n.number().e164(), n.id()),
                page);
    }

    public BranchPhoneNumber get(Principal caller, String id) {
        return numbers.find(caller.tenantToRead(), Values.pathId(id, PhoneNumberId::new, "phone number"))
                .orElseThrow(() -> AdminException.notFound("phone number"));
    }

    /** Removes the number: calls to it no longer reach the tenant. */
    public void remove(Principal caller, String id) {
        if (!numbers.remove(caller.tenantToWrite(), Values.pathId(id, PhoneNumberId::new, "phone number"))
                .isWritten()) {
            throw AdminException.notFound("phone number");
        }
    }

    /** A branch of the tenant named in a request body; anything else is invalid under {@code branch_id}. */
    static BranchId existingBranch(Branches branches, TenantContext tenant, String text) {
        BranchId id = Values.id("branch_id", text, BranchId::new);
        if (branches.find(tenant, id).isEmpty()) {
            throw new InvalidValueException("branch_id", "is not a branch of this company");
        }
        return id;
    }
}
