package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.shared.InvalidValueException;

/**
 * The tenant on whose behalf an operation runs. Every port method that reads or writes tenant data
 * takes one; there is no implicit or default tenant.
 */
public record TenantContext(CompanyId companyId) {

    public TenantContext {
        if (companyId == null) {
            throw new InvalidValueException("tenant", "is mandatory: no operation on tenant data runs without one");
        }
    }

    public static TenantContext of(CompanyId companyId) {
        return new TenantContext(companyId);
    }

    /** True when {@code owner} is this tenant. */
    public boolean owns(CompanyId owner) {
        return companyId.equals(owner);
    }
}
