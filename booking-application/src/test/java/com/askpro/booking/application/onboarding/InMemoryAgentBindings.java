package com.askpro.booking.application.onboarding;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * In memory: one binding per branch and one settings value per company, each replaced whole; a
 * tenant writes only its own. Run through the same contract as the Jdbi adapter
 * (adapter-persistence-jdbi's {@code RetellBindingsContract}, via this module's test-jar).
 */
public final class InMemoryAgentBindings implements AgentBindings {

    private record Key(CompanyId company, BranchId branch) {}

    private final Map<Key, AgentBinding> bindings = new HashMap<>();
    private final Map<CompanyId, AgentSettings> settings = new HashMap<>();

    @Override
    public synchronized Optional<AgentBinding> find(TenantContext tenant, BranchId branch) {
        return Optional.ofNullable(bindings.get(new Key(tenant.companyId(), branch)));
    }

    @Override
    public synchronized void save(TenantContext tenant, AgentBinding binding) {
        requireOwned(tenant, binding.companyId());
        bindings.put(new Key(tenant.companyId(), binding.branchId()), binding);
    }

    @Override
    public synchronized AgentSettings settings(TenantContext tenant) {
        return settings.getOrDefault(tenant.companyId(), AgentSettings.none(tenant.companyId()));
    }

    @Override
    public synchronized void saveSettings(TenantContext tenant, AgentSettings value) {
        requireOwned(tenant, value.companyId());
        settings.put(tenant.companyId(), value);
    }

    private static void requireOwned(TenantContext tenant, CompanyId owner) {
        if (!tenant.owns(owner)) {
            throw new InvalidValueException("company_id", "does not match the tenant of the request");
        }
    }
}
