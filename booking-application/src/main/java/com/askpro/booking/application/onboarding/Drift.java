package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.onboarding.VoiceAgentPlatform.AgentSpec;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.LlmSpec;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.NumberBinding;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteAgent;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteLlm;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Every field where the platform's LLM, agent and numbers differ from what we would provision now. */
final class Drift {

    private Drift() {}

    static List<Difference> between(
            DesiredAgent desired,
            Optional<RemoteLlm> llm,
            Optional<RemoteAgent> agent,
            Map<String, Optional<RemoteNumber>> remoteNumbers,
            String expectedAgentId) {
        List<Difference> out = new ArrayList<>();
        llm.ifPresent(remote -> {
            LlmSpec want = desired.llm();
            LlmSpec have = remote.spec();
            compare(out, "llm", "general_prompt", want.generalPrompt(), have.generalPrompt());
            compare(out, "llm", "begin_message", want.beginMessage(), have.beginMessage());
            compareTools(out, want, have);
        });
        agent.ifPresent(remote -> {
            AgentSpec want =
                    desired.agent(llm.map(RemoteLlm::llmId).orElse(remote.spec().llmId()));
            AgentSpec have = remote.spec();
            compare(out, "agent", "agent_name", want.agentName(), have.agentName());
            compare(out, "agent", "response_engine.llm_id", want.llmId(), have.llmId());
            compare(out, "agent", "voice_id", want.voiceId(), have.voiceId());
            compare(out, "agent", "language", want.language(), have.language());
            compare(out, "agent", "webhook_url", want.webhookUrl(), have.webhookUrl());
            if (!new TreeSet<>(want.webhookEvents()).equals(new TreeSet<>(have.webhookEvents()))) {
                out.add(Difference.of(
                        "agent",
                        "webhook_events",
                        String.join(",", want.webhookEvents()),
                        String.join(",", have.webhookEvents())));
            }
        });
        String inboundUrl = desired.deployment().inboundUrl();
        remoteNumbers.forEach((number, remote) -> {
            if (remote.isEmpty()) {
                out.add(Difference.of("phone_number", number, "in Retell", null));
                return;
            }
            NumberBinding have = remote.get().binding();
            if (expectedAgentId != null) {
                compare(out, "phone_number", number + ".inbound_agent", expectedAgentId, have.agentId());
            }
            compare(out, "phone_number", number + ".inbound_webhook_url", inboundUrl, have.inboundWebhookUrl());
        });
        return out;
    }

    private static void compareTools(List<Difference> out, LlmSpec want, LlmSpec have) {
        Map<String, ToolDefinition> theirs = new LinkedHashMap<>();
        have.tools().forEach(t -> theirs.put(t.name(), t));
        List<String> wantNames =
                want.tools().stream().map(ToolDefinition::name).sorted().toList();
        List<String> haveNames = theirs.keySet().stream().sorted().toList();
        if (!wantNames.equals(haveNames)) {
            out.add(Difference.of("llm", "general_tools", String.join(",", wantNames), String.join(",", haveNames)));
        }
        if (!Objects.equals(want.toolUrl(), have.toolUrl())) {
            out.add(Difference.of("llm", "general_tools.url", want.toolUrl(), have.toolUrl()));
        }
        for (ToolDefinition tool : want.tools()) {
            ToolDefinition other = theirs.get(tool.name());
            if (other == null) {
                continue;
            }
            compare(
                    out,
                    "llm",
                    "general_tools." + tool.name() + ".description",
                    tool.description(),
                    other.description());
            if (!tool.parameters().equals(other.parameters())) {
                out.add(Difference.of(
                        "llm", "general_tools." + tool.name() + ".parameters", tool.parameters(), other.parameters()));
            }
        }
    }

    private static void compare(List<Difference> out, String resource, String field, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(Difference.of(resource, field, expected, actual));
        }
    }
}
