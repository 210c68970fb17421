package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.shared.Require;

/**
 * A phone number callers dial to reach a branch. Owned by exactly one branch of one company and
 * unique across all tenants: it is how an inbound call finds its tenant.
 */
public record BranchPhoneNumber(PhoneNumberId id, CompanyId companyId, BranchId branchId, PhoneNumber number) {

    public BranchPhoneNumber {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        Require.notNull("branch_id", branchId);
        Require.notNull("number", number);
    }

    public TenantContext tenant() {
        return TenantContext.of(companyId);
    }
}
