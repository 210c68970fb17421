package com.askpro.booking.application.cache;

import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.application.port.ChangeNotifications.Change;
import com.askpro.booking.application.port.ChangeNotifications.Topic;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@link StaffMembers} with the reads of a call in progress ({@code atBranch}, {@code list})
 * cached for a short time; writes through it are published as changes, and every change of the
 * tenant's staff or branches (from any instance) drops its cached answers.
 */
public final class CachedStaffMembers implements StaffMembers {

    private final StaffMembers delegate;
    private final ChangeNotifications changes;
    private final TenantCache<Object, List<Staff>> lists;

    /** A cache that only sees the writes made through it (one instance, no other writers). */
    public CachedStaffMembers(StaffMembers delegate, Duration ttl, Clock clock) {
        this(delegate, ttl, clock, new LocalChangeNotifications());
    }

    /** A cache that publishes its writes to {@code changes} and drops entries on every relevant change. */
    public CachedStaffMembers(StaffMembers delegate, Duration ttl, Clock clock, ChangeNotifications changes) {
        this.delegate = delegate;
        this.lists = new TenantCache<>(ttl, clock);
        this.changes = changes;
        changes.subscribe(this::apply);
    }

    @Override
    public Staff add(TenantContext tenant, Staff staff) {
        try {
            return delegate.add(tenant, staff);
        } finally {
            changes.publish(tenant.companyId(), Topic.STAFF);
        }
    }

    @Override
    public WriteOutcome<Staff> update(TenantContext tenant, Staff staff) {
        try {
            return delegate.update(tenant, staff);
        } finally {
            changes.publish(tenant.companyId(), Topic.STAFF);
        }
    }

    @Override
    public Optional<Staff> find(TenantContext tenant, StaffId id) {
        return delegate.find(tenant, id);
    }

    @Override
    public List<Staff> atBranch(TenantContext tenant, BranchId branch) {
        return lists.get(tenant, branch, () -> delegate.atBranch(tenant, branch));
    }

    @Override
    public List<Staff> list(TenantContext tenant) {
        return lists.get(tenant, "all", () -> delegate.list(tenant));
    }

    private void apply(Change change) {
        if (change instanceof Change.Tenant tenant) {
            if (tenant.topic() == Topic.STAFF || tenant.topic() == Topic.BRANCH) {
                lists.invalidate(TenantContext.of(tenant.company()));
            }
        } else {
            lists.clear();
        }
    }
}
