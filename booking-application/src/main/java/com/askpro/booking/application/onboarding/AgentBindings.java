package com.askpro.booking.application.onboarding;

import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Optional;

/** Outbound port: what each branch is provisioned as on the voice-agent platform, and each company's agent settings. */
public interface AgentBindings {

    Optional<AgentBinding> find(TenantContext tenant, BranchId branch);

    /** Stores the binding, replacing the branch's previous one (one write: all or nothing). */
    void save(TenantContext tenant, AgentBinding binding);

    AgentSettings settings(TenantContext tenant);

    void saveSettings(TenantContext tenant, AgentSettings settings);
}
