package com.askpro.booking.application.cache;

import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.application.port.ChangeNotifications.Change;
import com.askpro.booking.application.port.ChangeNotifications.Topic;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.WriteOutcome;
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
 * for a short time; writes through it are published as changes, and every change of the tenant's
 * catalog or branches (from any instance) drops its cached answers.
 */
public final class CachedServices implements Services {

    private final Services delegate;
    private final ChangeNotifications changes;
    private final TenantCache<Object, List<Service>> lists;

    /** A cache that only sees the writes made through it (one instance, no other writers). */
    public CachedServices(Services delegate, Duration ttl, Clock clock) {
        this(delegate, ttl, clock, new LocalChangeNotifications());
    }

    /** A cache that publishes its writes to {@code changes} and drops entries on every relevant change. */
    public CachedServices(Services delegate, Duration ttl, Clock clock, ChangeNotifications changes) {
        this.delegate = delegate;
        this.lists = new TenantCache<>(ttl, clock);
        this.changes = changes;
        changes.subscribe(this::apply);
    }

    @Override
    public Service add(TenantContext tenant, Service service) {
        try {
            return delegate.add(tenant, service);
        } finally {
            changes.publish(tenant.companyId(), Topic.CATALOG);
        }
    }

    @Override
    public WriteOutcome<Service> update(TenantContext tenant, Service service) {
        try {
            return delegate.update(tenant, service);
        } finally {
            changes.publish(tenant.companyId(), Topic.CATALOG);
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

    private void apply(Change change) {
        if (change instanceof Change.Tenant tenant) {
            if (tenant.topic() == Topic.CATALOG || tenant.topic() == Topic.BRANCH) {
                lists.invalidate(TenantContext.of(tenant.company()));
            }
        } else {
            lists.clear();
        }
    }
}
