package com.askpro.booking.application.cache;

import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@link Services} with the reads of a call in progress ({@code offeredAt}, {@code list}) cached
 * for a short time; writes through it drop the tenant's cached answers.
 */
public final class CachedServices implements Services {

    private final Services delegate;
    private final TenantCache<Object, List<Service>> lists;

    public CachedServices(Services delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.lists = new TenantCache<>(ttl, clock);
    }

    @Override
    public Service add(TenantContext tenant, Service service) {
        try {
            return delegate.add(tenant, service);
        } finally {
            lists.invalidate(tenant);
        }
    }

    @Override
    public Optional<Service> update(TenantContext tenant, Service service) {
        try {
            return delegate.update(tenant, service);
        } finally {
            lists.invalidate(tenant);
        }
    }

    @Override
    public Optional<Service> find(TenantContext tenant, ServiceId id) {
        return delegate.find(tenant, id);
    }

    @Override
    public List<Service> offeredAt(TenantContext tenant, BranchId branch) {
        return lists.get(tenant, branch, () -> delegate.offeredAt(tenant, branch));
    }

    @Override
    public List<Service> list(TenantContext tenant) {
        return lists.get(tenant, "all", () -> delegate.list(tenant));
    }
}
