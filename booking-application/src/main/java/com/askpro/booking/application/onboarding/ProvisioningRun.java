package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.onboarding.VoiceAgentPlatform.AgentSpec;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.NumberBinding;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteAgent;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteLlm;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteNumber;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One provisioning run on the platform, in order: LLM, agent, publish, each number; the binding
 * is stored only after every call succeeded. A failing call deletes what this run created.
 */
final class ProvisioningRun {

    private final VoiceAgentPlatform platform;
    private final AgentBindings bindings;
    private final List<PlannedStep> done = new ArrayList<>();
    private String createdLlm;
    private String createdAgent;

    ProvisioningRun(VoiceAgentPlatform platform, AgentBindings bindings) {
        this.platform = platform;
        this.bindings = bindings;
    }

    ProvisionOutcome apply(
            TenantContext tenant,
            DesiredAgent desired,
            Optional<RemoteLlm> remoteLlm,
            Optional<RemoteAgent> remoteAgent,
            Map<String, Optional<RemoteNumber>> remoteNumbers,
            List<Difference> differences,
            Instant now) {
        ProvisioningTarget target = desired.target();
        try {
            RemoteLlm llm;
            if (remoteLlm.isPresent()) {
                llm = platform.updateLlm(remoteLlm.get().llmId(), desired.llm());
                done.add(new PlannedStep("llm", "update", llm.llmId(), "version " + llm.version()));
            } else {
                llm = platform.createLlm(desired.llm());
                createdLlm = llm.llmId();
                done.add(new PlannedStep("llm", "create", llm.llmId(), "version " + llm.version()));
            }
            RemoteAgent agent;
            AgentSpec agentSpec = desired.agent(llm.llmId());
            if (remoteAgent.isPresent()) {
                agent = platform.updateAgent(remoteAgent.get().agentId(), agentSpec);
                done.add(new PlannedStep("agent", "update", agent.agentId(), "version " + agent.version()));
            } else {
                agent = platform.createAgent(agentSpec);
                createdAgent = agent.agentId();
                done.add(new PlannedStep("agent", "create", agent.agentId(), "version " + agent.version()));
            }
            platform.publishAgent(agent.agentId());
            done.add(new PlannedStep("agent", "publish", agent.agentId(), "version " + agent.version()));
            NumberBinding binding = desired.binding(agent.agentId());
            for (Map.Entry<String, Optional<RemoteNumber>> number : remoteNumbers.entrySet()) {
                if (number.getValue().isPresent()) {
                    platform.updatePhoneNumber(number.getKey(), binding);
                    done.add(new PlannedStep("phone_number", "bind", number.getKey(), "to agent " + agent.agentId()));
                } else {
                    platform.importPhoneNumber(
                            number.getKey(), target.settings().terminationUri(), binding);
                    done.add(new PlannedStep("phone_number", "import", number.getKey(), "to agent " + agent.agentId()));
                }
            }
            AgentBinding stored = new AgentBinding(
                    tenant.companyId(),
                    target.branch().id(),
                    llm.llmId(),
                    agent.agentId(),
                    agent.version(),
                    target.numbers(),
                    now);
            bindings.save(tenant, stored);
            return new ProvisionOutcome.Provisioned(stored, done, differences);
        } catch (VoiceAgentPlatformException e) {
            return new ProvisionOutcome.PlatformFailed(e, done, cleanUp());
        } catch (RuntimeException e) {
            cleanUp();
            throw e;
        }
    }

    /** Deletes what this run created; true when nothing created is left behind. */
    private boolean cleanUp() {
        boolean clean = true;
        if (createdAgent != null) {
            try {
                platform.deleteAgent(createdAgent);
            } catch (RuntimeException e) {
                clean = false;
            }
        }
        if (createdLlm != null) {
            try {
                platform.deleteLlm(createdLlm);
            } catch (RuntimeException e) {
                clean = false;
            }
        }
        return clean;
    }
}
