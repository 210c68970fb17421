package com.askpro.booking.adapter.mcp;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;

/** Who is calling a tool: the tenant API key's principal (never the platform key) and the moment. */
record Caller(Principal principal, Instant now) {

    TenantContext tenant() {
        return principal.tenantToRead();
    }

    /** The tenant, for a tool that changes data: refuses read-only keys. */
    TenantContext tenantToWrite() {
        if (!principal.role().mayWrite()) {
            throw ToolFailure.forbidden("this API key may only read (role "
                    + principal.role().code() + "); booking, moving and cancelling need a key with role tenant_admin");
        }
        return tenant();
    }
}
