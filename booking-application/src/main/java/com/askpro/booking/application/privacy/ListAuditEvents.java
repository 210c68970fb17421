package com.askpro.booking.application.privacy;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;

/** Use case: a tenant reads its audit trail, newest first (any tenant key; the platform key has no tenant). */
public final class ListAuditEvents {

    private final AuditLog audit;

    public ListAuditEvents(AuditLog audit) {
        this.audit = audit;
    }

    public Page<AuditLog.Recorded> list(Principal caller, PageRequest page) {
        return audit.list(caller.tenantToRead(), page);
    }
}
