package com.askpro.booking.application.onboarding;

import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a branch is provisioned as on the voice-agent platform: the ids of its LLM and agent, the agent version we
 * published last, the numbers bound to it, and when.
 */
public record AgentBinding(
        CompanyId companyId,
        BranchId branchId,
        String llmId,
        String agentId,
        Integer agentVersion,
        List<String> phoneNumbers,
        Instant provisionedAt) {

    public AgentBinding {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(llmId, "llmId");
        Objects.requireNonNull(agentId, "agentId");
        phoneNumbers = List.copyOf(phoneNumbers);
        Objects.requireNonNull(provisionedAt, "provisionedAt");
    }
}
