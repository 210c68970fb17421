package com.askpro.booking.domain.port;

import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import java.util.Optional;

/** Outbound port: the people who perform services. */
public interface StaffMembers {

    Staff add(TenantContext tenant, Staff staff);

    /** Replaces the tenant's staff member: {@code Written}, or {@code NotFound} when it has no such member. */
    WriteOutcome<Staff> update(TenantContext tenant, Staff staff);

    Optional<Staff> find(TenantContext tenant, StaffId id);

    /** Active staff of {@code branch}. */
    List<Staff> atBranch(TenantContext tenant, BranchId branch);

    List<Staff> list(TenantContext tenant);
}
