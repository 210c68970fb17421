package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteAgent;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteLlm;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteNumber;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: provision a branch's voice agent on the voice-agent platform (Retell, through the
 * {@link VoiceAgentPlatform} port) from our data, keep it in sync, and report drift. Everything is
 * validated before anything is sent ({@link ProvisioningTarget}); provisioning again updates the
 * same LLM and agent (publishing a new version) and never creates duplicates; our side stores the
 * platform's ids only once every platform call succeeded ({@link ProvisioningRun}). The agent's
 * words come from the adapter's {@link AgentScript}; the differences from {@link Drift}.
 */
public final class ProvisionBranch {

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

    private final Companies companies;
    private final Branches branches;
    private final Services services;
    private final StaffMembers staff;
    private final PhoneNumbers numbers;
    private final AgentBindings bindings;
    private final VoiceAgentPlatform platform;
    private final AgentScript script;
    private final List<ToolDefinition> tools;
    private final ProvisioningSettings settings;
    private final Clock clock;

    public ProvisionBranch(
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            PhoneNumbers numbers,
            AgentBindings bindings,
            VoiceAgentPlatform platform,
            AgentScript script,
            List<ToolDefinition> tools,
            ProvisioningSettings settings,
            Clock clock) {
        this.companies = companies;
        this.branches = branches;
        this.services = services;
        this.staff = staff;
        this.numbers = numbers;
        this.bindings = bindings;
        this.platform = platform;
        this.script = script;
        this.tools = List.copyOf(tools);
        this.settings = settings;
        this.clock = clock;
    }

    /** Provisions the branch, or with {@code dryRun} only answers what would change. */
    public ProvisionOutcome provision(Principal caller, String branchId, boolean dryRun) {
        TenantContext tenant = caller.tenantToWrite();
        ProvisioningTarget target = target(tenant, branchId);
        List<ProvisioningProblem> problems = target.problems(settings);
        Map<String, Optional<RemoteNumber>> remoteNumbers = new LinkedHashMap<>();
        if (settings.apiKeyConfigured()) {
            try {
                for (String number : target.numbers()) {
                    Optional<RemoteNumber> remote = platform.getPhoneNumber(number);
                    remoteNumbers.put(number, remote);
                    if (remote.isEmpty() && target.settings().sipTermination().isEmpty()) {
                        problems.add(new ProvisioningProblem(
                                "phone_number",
                                number + " does not exist in Retell: import it "
                                        + "once in Retell with its SIP trunk, or set the company's sip_termination_uri so that "
                                        + "provisioning imports it"));
                    }
                }
            } catch (VoiceAgentPlatformException e) {
                if (problems.isEmpty()) {
                    return new ProvisionOutcome.PlatformFailed(e, List.of(), true);
                }
                problems.add(
                        new ProvisioningProblem("phone_number", "could not be checked in Retell: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new ProvisionOutcome.Invalid(problems);
        }
        DesiredAgent desired = DesiredAgent.of(target, script, tools, settings);
        Optional<AgentBinding> existing = bindings.find(tenant, target.branch().id());
        Optional<RemoteLlm> remoteLlm;
        Optional<RemoteAgent> remoteAgent;
        try {
            remoteLlm = existing.flatMap(b -> platform.getLlm(b.llmId()));
            remoteAgent = existing.flatMap(b -> platform.getAgent(b.agentId()));
        } catch (VoiceAgentPlatformException e) {
            return new ProvisionOutcome.PlatformFailed(e, List.of(), true);
        }
        List<Difference> differences = Drift.between(
                desired,
                remoteLlm,
                remoteAgent,
                remoteNumbers,
                remoteAgent.map(RemoteAgent::agentId).orElse(null));
        if (dryRun) {
            return new ProvisionOutcome.Planned(desired.plan(remoteLlm, remoteAgent, remoteNumbers), differences);
        }
        return new ProvisioningRun(platform, bindings)
                .apply(tenant, desired, remoteLlm, remoteAgent, remoteNumbers, differences, clock.instant());
    }

    /** The stored binding and, when the platform can be asked, the drift between it and what we would provision. */
    public Status status(Principal caller, String branchId) {
        TenantContext tenant = caller.tenantToWrite();
        ProvisioningTarget target = target(tenant, branchId);
        Optional<AgentBinding> binding = bindings.find(tenant, target.branch().id());
        List<ProvisioningProblem> problems = target.problems(settings);
        if (binding.isEmpty() || !settings.apiKeyConfigured() || settings.publicUrl() == null) {
            return new Status(binding, false, List.of(), problems);
        }
        AgentBinding bound = binding.get();
        DesiredAgent desired = DesiredAgent.of(target, script, tools, settings);
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

    /**
     * For the operator's command line, which has database access but no API key: a tenant admin
     * of the company that owns {@code branchId}, empty when no company has such a branch.
     */
    public Optional<Principal> ownerOf(String branchId) {
        BranchId id;
        try {
            id = BranchId.parse(branchId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<Company> batch = companies.list(page);
            for (Company company : batch.items()) {
                if (branches.find(company.tenant(), id).isPresent()) {
                    return Optional.of(new Principal(ApiKeyRole.TENANT_ADMIN, company.id(), "cli"));
                }
            }
            if (batch.next().isEmpty()) {
                return Optional.empty();
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, batch.next().get());
        }
    }

    /** The company's voice-agent settings (voice, SIP trunk). */
    public AgentSettings settings(Principal caller) {
        return bindings.settings(caller.tenantToWrite());
    }

    /** Replaces the company's voice-agent settings; null clears a value. */
    public AgentSettings updateSettings(Principal caller, String voiceId, String terminationUri) {
        TenantContext tenant = caller.tenantToWrite();
        AgentSettings changed = new AgentSettings(tenant.companyId(), voiceId, terminationUri);
        bindings.saveSettings(tenant, changed);
        return changed;
    }

    private ProvisioningTarget target(TenantContext tenant, String branchId) {
        return ProvisioningTarget.load(tenant, branchId, companies, branches, services, staff, numbers, bindings);
    }
}
