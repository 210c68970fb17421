package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteAgent;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteLlm;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteNumber;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: what a branch is provisioned as (its stored {@link AgentBinding}), what must be fixed
 * before provisioning it, and — when the platform can be asked — how the platform differs from
 * what we would provision now ({@link Drift}). Changes nothing; a failing platform call throws
 * {@link VoiceAgentPlatformException}.
 */
public final class CheckProvisioning {

    /** What a branch is provisioned as and how the platform differs from what we would provision now. */
    public record Status(
            Optional<AgentBinding> binding,
            boolean checked,
            List<Difference> drift,
            List<ProvisioningProblem> problems) {
        public boolean inSync() {
            return checked && drift.isEmpty();
        }
    }

    private final ProvisioningTargets targets;
    private final AgentBindings bindings;
    private final VoiceAgentPlatform platform;

    public CheckProvisioning(ProvisioningTargets targets, AgentBindings bindings, VoiceAgentPlatform platform) {
        this.targets = targets;
        this.bindings = bindings;
        this.platform = platform;
    }

    /** The stored binding and, when the platform can be asked, the drift between it and what we would provision. */
    public Status status(Principal caller, String branchId) {
        TenantContext tenant = caller.tenantToWrite();
        ProvisioningTarget target = targets.load(tenant, branchId);
        Optional<AgentBinding> binding = bindings.find(tenant, target.branch().id());
        ProvisioningSettings settings = targets.settings();
        List<ProvisioningProblem> problems = target.problems(settings);
        if (binding.isEmpty() || !settings.apiKeyConfigured() || settings.publicUrl() == null) {
            return new Status(binding, false, List.of(), problems);
        }
        AgentBinding bound = binding.get();
        DesiredAgent desired = targets.desired(target);
        Map<String, Optional<RemoteNumber>> remoteNumbers = new LinkedHashMap<>();
        for (String number : target.numbers()) {
            remoteNumbers.put(number, platform.getPhoneNumber(number));
        }
        Optional<RemoteLlm> llm = platform.getLlm(bound.llmId());
        Optional<RemoteAgent> agent = platform.getAgent(bound.agentId());
        List<Difference> drift = new ArrayList<>();
        if (llm.isEmpty()) {
            drift.add(Difference.of("llm", "llm_id", bound.llmId(), null));
        }
        if (agent.isEmpty()) {
            drift.add(Difference.of("agent", "agent_id", bound.agentId(), null));
        }
        drift.addAll(Drift.between(desired, llm, agent, remoteNumbers, bound.agentId()));
        return new Status(binding, true, drift, problems);
    }
}
