package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;

/** The tenant rule of every adapter: a tenant writes only what it owns. */
final class Tenancy {

    private Tenancy() {}

    static void requireOwned(TenantContext tenant, CompanyId owner) {
        if (!tenant.owns(owner)) {
            throw new InvalidValueException("company_id", "does not match the tenant of the request");
        }
    }
}
