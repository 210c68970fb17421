package com.askpro.booking.application.cache;

import com.askpro.booking.domain.port.StaffMembers;
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
 * cached for a short time; writes through it drop the tenant's cached answers.
 */
public final class CachedStaffMembers implements StaffMembers {

    private final StaffMembers delegate;
    private final TenantCache<Object, List<Staff>> lists;

    public CachedStaffMembers(StaffMembers delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.lists = new TenantCache<>(ttl, clock);
    }

    @Override
    public Staff add(TenantContext tenant, Staff staff) {
        try {
            return delegate.add(tenant, staff);
        } finally {
            lists.invalidate(tenant);
        }
    }

    @Override
    public Optional<Staff> update(TenantContext tenant, Staff staff) {
        try {
            return delegate.update(tenant, staff);
        } finally {
            lists.invalidate(tenant);
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
}
