package com.askpro.booking.application.retell.provisioning;

import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Optional;

/** Outbound port: what each branch is provisioned as in Retell, and each company's Retell settings. */
public interface RetellBindings {

    Optional<RetellBinding> find(TenantContext tenant, BranchId branch);

    /** Stores the binding, replacing the branch's previous one (one write: all or nothing). */
    void save(TenantContext tenant, RetellBinding binding);

    RetellCompanySettings settings(TenantContext tenant);

    void saveSettings(TenantContext tenant, RetellCompanySettings settings);
}
