package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.shared.Require;
import java.util.Optional;

/**
 * A phone number callers dial to reach a company. Owned by exactly one company and unique across
 * all tenants: it is how an inbound call finds its tenant. A branch's own number names its
 * {@code branchId}; a hotline number ({@code branchId} null) belongs to the company as a whole and
 * the caller chooses the branch during the call.
 */
public record BranchPhoneNumber(PhoneNumberId id, CompanyId companyId, BranchId branchId, PhoneNumber number) {

    public BranchPhoneNumber {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        Require.notNull("number", number);
    }

    /** A hotline number of the whole company: the caller chooses the branch. */
    public boolean isHotline() {
        return branchId == null;
    }

    public Optional<BranchId> branch() {
        return Optional.ofNullable(branchId);
    }

    public TenantContext tenant() {
        return TenantContext.of(companyId);
    }
}
