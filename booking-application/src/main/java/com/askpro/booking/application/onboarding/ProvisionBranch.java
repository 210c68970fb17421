package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteAgent;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteLlm;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteNumber;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: provision a branch's voice agent on the voice-agent platform (Retell, through the
 * {@link VoiceAgentPlatform} port) from our data, keeping it in sync. Everything is validated
 * before anything is sent ({@link ProvisioningTarget}); provisioning again updates the same LLM and
 * agent (publishing a new version) and never creates duplicates; our side stores the platform's
 * ids only once every platform call succeeded ({@link ProvisioningRun}). What we would provision
 * comes from {@link ProvisioningTargets}; the differences from {@link Drift}. The drift alone is
 * {@link CheckProvisioning}'s.
 */
public final class ProvisionBranch {

    private final ProvisioningTargets targets;
    private final AgentBindings bindings;
    private final VoiceAgentPlatform platform;
    private final Clock clock;

    public ProvisionBranch(
            ProvisioningTargets targets, AgentBindings bindings, VoiceAgentPlatform platform, Clock clock) {
        this.targets = targets;
        this.bindings = bindings;
        this.platform = platform;
        this.clock = clock;
    }

    /** Provisions the branch, or with {@code dryRun} only answers what would change. */
    public ProvisionOutcome provision(Principal caller, String branchId, boolean dryRun) {
        TenantContext tenant = caller.tenantToWrite();
        ProvisioningTarget target = targets.load(tenant, branchId);
        List<ProvisioningProblem> problems = target.problems(targets.settings());
        Map<String, Optional<RemoteNumber>> remoteNumbers = new LinkedHashMap<>();
        if (targets.settings().apiKeyConfigured()) {
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
        DesiredAgent desired = targets.desired(target);
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
}
