package com.askpro.booking.application.admin;

import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;

/** Use case: a tenant manages what its callers can book (create, read, update, deactivate). */
public final class ServiceAdministration {

    /** Service fields; null keeps the current value on update. {@code branchId} null on create: company-wide. */
    public record ServiceInput(
            String name,
            Integer durationMinutes,
            Integer bufferMinutes,
            List<String> keywords,
            String branchId,
            Long calcomEventTypeId,
            Boolean active) {}

    private final Services services;
    private final Branches branches;

    public ServiceAdministration(Services services, Branches branches) {
        this.services = services;
        this.branches = branches;
    }

    public Service create(Principal caller, ServiceInput input) {
        TenantContext tenant = caller.tenantToWrite();
        BranchId branch = input.branchId() == null
                ? null
                : PhoneNumberAdministration.existingBranch(branches, tenant, input.branchId());
        Service service = new Service(
                ServiceId.newId(),
                tenant.companyId(),
                branch,
                input.name(),
                Values.minutes("duration_minutes", input.durationMinutes()),
                input.bufferMinutes() == null ? null : Values.minutes("buffer_minutes", input.bufferMinutes()),
                input.keywords(),
                input.calcomEventTypeId(),
                input.active() == null || input.active());
        return services.add(tenant, service);
    }

    public Page<Service> list(Principal caller, PageRequest page) {
        return ListPages.page(services.list(caller.tenantToRead()), s -> ListPages.byName(s.name(), s.id()), page);
    }

    public Service get(Principal caller, String id) {
        return find(caller.tenantToRead(), id);
    }

    public Service update(Principal caller, String id, ServiceInput input) {
        TenantContext tenant = caller.tenantToWrite();
        Service current = find(tenant, id);
        Service changed = new Service(
                current.id(),
                current.companyId(),
                input.branchId() == null
                        ? current.branchId()
                        : PhoneNumberAdministration.existingBranch(branches, tenant, input.branchId()),
                input.name() == null ? current.name() : input.name(),
                input.durationMinutes() == null
                        ? current.duration()
                        : Values.minutes("duration_minutes", input.durationMinutes()),
                input.bufferMinutes() == null
                        ? current.buffer()
                        : Values.minutes("buffer_minutes", input.bufferMinutes()),
                input.keywords() == null ? current.keywords() : input.keywords(),
                input.calcomEventTypeId() == null ? current.calcomEventTypeId() : input.calcomEventTypeId(),
                input.active() == null ? current.active() : input.active());
        return services.update(tenant, changed).written().orElseThrow(() -> AdminException.notFound("service"));
    }

    public Service deactivate(Principal caller, String id) {
        TenantContext tenant = caller.tenantToWrite();
        return services.update(tenant, find(tenant, id).deactivated())
                .written()
                .orElseThrow(() -> AdminException.notFound("service"));
    }

    private Service find(TenantContext tenant, String id) {
        return services.find(tenant, Values.pathId(id, ServiceId::new, "service"))
                .orElseThrow(() -> AdminException.notFound("service"));
    }
}
