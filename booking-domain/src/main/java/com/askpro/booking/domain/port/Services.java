package com.askpro.booking.domain.port;

import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import java.util.Optional;

/** Outbound port: what a tenant's customers can book. */
public interface Services {

    Service add(TenantContext tenant, Service service);

    /** Replaces the tenant's service: {@code Written}, or {@code NotFound} when it has no such service. */
    WriteOutcome<Service> update(TenantContext tenant, Service service);

    Optional<Service> find(TenantContext tenant, ServiceId id);

    /** Active services offered at {@code branch}: branch-specific ones and company-wide ones. */
    List<Service> offeredAt(TenantContext tenant, BranchId branch);

    List<Service> list(TenantContext tenant);
}
