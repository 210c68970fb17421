package com.askpro.booking.application.retell.provisioning;

import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a branch is provisioned as in Retell: the ids of its LLM and agent, the agent version we
 * published last, the numbers bound to it, and when.
 */
public record RetellBinding(CompanyId companyId, BranchId branchId, String llmId, String agentId, Integer agentVersion,
        List<String> phoneNumbers, Instant provisionedAt) {

    public RetellBinding {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(llmId, "llmId");
        Objects.requireNonNull(agentId, "agentId");
        phoneNumbers = List.copyOf(phoneNumbers);
        Objects.requireNonNull(provisionedAt, "provisionedAt");
    }
}
