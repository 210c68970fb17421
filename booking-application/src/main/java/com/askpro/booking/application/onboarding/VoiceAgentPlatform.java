package com.askpro.booking.application.onboarding;

import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the voice-agent platform's provisioning API — LLMs (prompt and tools), agents
 * (voice, language, webhooks, published versions) and phone numbers; adapter-retell's
 * {@code OkHttpRetellProvisioningApi} implements it. Every method either answers or throws a
 * {@link VoiceAgentPlatformException} that says why. {@code get…} answers empty when the platform
 * does not know the id.
 */
public interface VoiceAgentPlatform {

    /** What the platform's LLM should be: the prompt, the greeting and the custom tools posting to {@code toolUrl}. */
    record LlmSpec(String generalPrompt, String beginMessage, String toolUrl, List<ToolDefinition> tools) {
        public LlmSpec {
            tools = List.copyOf(tools);
        }
    }

    /** What the agent should be; {@code language} is the platform's code such as {@code de-DE}. */
    record AgentSpec(
            String agentName,
            String llmId,
            String voiceId,
            String language,
            String webhookUrl,
            List<String> webhookEvents) {
        public AgentSpec {
            webhookEvents = List.copyOf(webhookEvents);
        }
    }

    /** How a number should answer: the agent it rings and where its inbound webhook goes. */
    record NumberBinding(String agentId, String inboundWebhookUrl, String nickname) {}

    /** An LLM as the platform has it now. */
    record RemoteLlm(String llmId, Integer version, LlmSpec spec) {}

    /** An agent as the platform has it now. */
    record RemoteAgent(String agentId, Integer version, AgentSpec spec) {}

    /** A phone number as the platform has it now ({@code binding.agentId} null when no inbound agent is bound). */
    record RemoteNumber(String phoneNumber, NumberBinding binding) {}

    RemoteLlm createLlm(LlmSpec spec);

    RemoteLlm updateLlm(String llmId, LlmSpec spec);

    Optional<RemoteLlm> getLlm(String llmId);

    void deleteLlm(String llmId);

    RemoteAgent createAgent(AgentSpec spec);

    RemoteAgent updateAgent(String agentId, AgentSpec spec);

    Optional<RemoteAgent> getAgent(String agentId);

    /** Publishes the agent's current draft as a new version. */
    void publishAgent(String agentId);

    void deleteAgent(String agentId);

    Optional<RemoteNumber> getPhoneNumber(String e164);

    /** Imports a number the platform does not have yet through the company's SIP trunk. */
    RemoteNumber importPhoneNumber(String e164, String terminationUri, NumberBinding binding);

    RemoteNumber updatePhoneNumber(String e164, NumberBinding binding);
}
