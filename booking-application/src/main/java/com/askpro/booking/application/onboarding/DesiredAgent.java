package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.onboarding.VoiceAgentPlatform.AgentSpec;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.LlmSpec;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.NumberBinding;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteAgent;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteLlm;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteNumber;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What we want the platform to have for a branch now: its LLM, agent and number binding. */
record DesiredAgent(
        ProvisioningTarget target,
        LlmSpec llm,
        String agentName,
        String voiceId,
        String language,
        ProvisioningSettings deployment) {

    /** The call events our agents send to {@code /webhooks/retell}. */
    static final List<String> WEBHOOK_EVENTS = List.of("call_started", "call_ended", "call_analyzed");

    static DesiredAgent of(
            ProvisioningTarget target,
            AgentScript script,
            List<ToolDefinition> tools,
            ProvisioningSettings deployment) {
        Company company = target.company();
        Branch branch = target.branch();
        LlmSpec llm = new LlmSpec(
                script.generalPrompt(company, branch, target.services()),
                script.beginMessage(company, branch),
                deployment.functionsUrl(),
                tools);
        String name = truncate(company.name() + " – " + branch.name(), 200);
        return new DesiredAgent(
                target,
                llm,
                name,
                target.settings().voice().orElse(deployment.defaultVoiceId()),
                script.recognitionLanguage(company.language()),
                deployment);
    }

    AgentSpec agent(String llmId) {
        return new AgentSpec(agentName, llmId, voiceId, language, deployment.eventsUrl(), WEBHOOK_EVENTS);
    }

    NumberBinding binding(String agentId) {
        return new NumberBinding(agentId, deployment.inboundUrl(), agentName);
    }

    /** The steps a run would take from what the platform has now. */
    List<PlannedStep> plan(
            Optional<RemoteLlm> remoteLlm,
            Optional<RemoteAgent> remoteAgent,
            Map<String, Optional<RemoteNumber>> remoteNumbers) {
        int tools = llm.tools().size();
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(remoteLlm
                .map(l -> new PlannedStep("llm", "update", l.llmId(), "prompt and " + tools + " tools"))
                .orElse(new PlannedStep("llm", "create", null, "prompt and " + tools + " tools")));
        steps.add(remoteAgent
                .map(a -> new PlannedStep(
                        "agent", "update", a.agentId(), "voice " + voiceId + ", webhook " + deployment.eventsUrl()))
                .orElse(new PlannedStep(
                        "agent", "create", null, "voice " + voiceId + ", webhook " + deployment.eventsUrl())));
        steps.add(new PlannedStep(
                "agent", "publish", remoteAgent.map(RemoteAgent::agentId).orElse(null), "a new agent version"));
        remoteNumbers.forEach((number, remote) -> steps.add(new PlannedStep(
                "phone_number",
                remote.isPresent() ? "bind" : "import",
                number,
                "inbound webhook " + deployment.inboundUrl())));
        return steps;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
