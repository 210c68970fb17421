package com.askpro.booking.application.onboarding;

import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;

/**
 * Our side of a branch's voice agent, shared by {@link ProvisionBranch} and
 * {@link CheckProvisioning}: the branch's data as the ports have it ({@link ProvisioningTarget},
 * with every reason it is not ready) and the agent we would provision from it
 * ({@link DesiredAgent}, in the adapter's words from {@link AgentScript} with its tools).
 */
public final class ProvisioningTargets {

    private final Companies companies;
    private final Branches branches;
    private final Services services;
    private final StaffMembers staff;
    private final PhoneNumbers numbers;
    private final AgentBindings bindings;
    private final AgentScript script;
    private final List<ToolDefinition> tools;
    private final ProvisioningSettings settings;

    public ProvisioningTargets(
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            PhoneNumbers numbers,
            AgentBindings bindings,
            AgentScript script,
            List<ToolDefinition> tools,
            ProvisioningSettings settings) {
        this.companies = companies;
        this.branches = branches;
        this.services = services;
        this.staff = staff;
        this.numbers = numbers;
        this.bindings = bindings;
        this.script = script;
        this.tools = List.copyOf(tools);
        this.settings = settings;
    }

    /** The deployment's side: public URL, default voice, whether there is an API key. */
    ProvisioningSettings settings() {
        return settings;
    }

    /** The branch's data; unknown branch (or company) → not found. */
    ProvisioningTarget load(TenantContext tenant, String branchId) {
        return ProvisioningTarget.load(tenant, branchId, companies, branches, services, staff, numbers, bindings);
    }

    /** What we would provision for {@code target} now. */
    DesiredAgent desired(ProvisioningTarget target) {
        return DesiredAgent.of(target, script, tools, settings);
    }
}
