package com.askpro.booking.domain.port;

import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import java.util.Optional;

/** Outbound port: a tenant's branches. */
public interface Branches {

    /** Adds a branch of {@code tenant}; the branch must belong to it. */
    Branch add(TenantContext tenant, Branch branch);

    /** Replaces a stored branch of {@code tenant}: {@code Written}, or {@code NotFound} when it has no such branch. */
    WriteOutcome<Branch> update(TenantContext tenant, Branch branch);

    Optional<Branch> find(TenantContext tenant, BranchId id);

    List<Branch> list(TenantContext tenant);
}
