package com.askpro.booking.application.retell.provisioning;

import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.retell.provisioning.RetellProvisioningApi.AgentSpec;
import com.askpro.booking.application.retell.provisioning.RetellProvisioningApi.LlmSpec;
import com.askpro.booking.application.retell.provisioning.RetellProvisioningApi.NumberBinding;
import com.askpro.booking.application.retell.provisioning.RetellProvisioningApi.RemoteAgent;
import com.askpro.booking.application.retell.provisioning.RetellProvisioningApi.RemoteLlm;
import com.askpro.booking.application.retell.provisioning.RetellProvisioningApi.RemoteNumber;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;


/**
 * Use case: provision a branch's voice agent in Retell from our data, keep it in sync, and report
 * drift. Everything is validated before anything is sent; provisioning again updates the same
 * LLM and agent (publishing a new version) and never creates duplicates; our side stores the
 * Retell ids only once every Retell call succeeded.
 */
public final class ProvisionBranch {

    /** The call events our agents send to {@code /webhooks/retell}. */
    public static final List<String> WEBHOOK_EVENTS = List.of("call_started", "call_ended", "call_analyzed");

    /** What a branch is provisioned as and how Retell differs from what we would provision now. */
    public record Status(Optional<RetellBinding> binding, boolean checked, List<Difference> drift,
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
    private final RetellBindings bindings;
    private final RetellProvisioningApi retell;
    private final List<ToolDefinition> tools;
    private final ProvisioningSettings settings;
    private final Clock clock;

    public ProvisionBranch(Companies companies, Branches branches, Services services, StaffMembers staff, PhoneNumbers numbers,
            RetellBindings bindings, RetellProvisioningApi retell, List<ToolDefinition> tools, ProvisioningSettings settings,
            Clock clock) {
        this.companies = companies;
        this.branches = branches;
        this.services = services;
        this.staff = staff;
        this.numbers = numbers;
        this.bindings = bindings;
        this.retell = retell;
        this.tools = List.copyOf(tools);
        this.settings = settings;
        this.clock = clock;
    }

    /** Provisions the branch, or with {@code dryRun} only answers what would change. */
    public ProvisionOutcome provision(Principal caller, String branchId, boolean dryRun) {
        TenantContext tenant = caller.tenantToWrite();
        Target target = target(tenant, branchId);
        List<ProvisioningProblem> problems = validate(target);
        Map<String, Optional<RemoteNumber>> remoteNumbers = new LinkedHashMap<>();
        if (settings.apiKeyConfigured()) {
            try {
                for (String number : target.numbers()) {
                    Optional<RemoteNumber> remote = retell.getPhoneNumber(number);
                    remoteNumbers.put(number, remote);
                    if (remote.isEmpty() && target.settings().sipTermination().isEmpty()) {
                        problems.add(new ProvisioningProblem("phone_number", number + " does not exist in Retell: import it "
                                + "once in Retell with its SIP trunk, or set the company's sip_termination_uri so that "
                                + "provisioning imports it"));
                    }
                }
            } catch (RetellApiException e) {
                if (problems.isEmpty()) {
                    return new ProvisionOutcome.RetellFailed(e, List.of(), true);
                }
                problems.add(new ProvisioningProblem("phone_number", "could not be checked in Retell: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new ProvisionOutcome.Invalid(problems);
        }
        Desired desired = desired(target);
        Optional<RetellBinding> existing = bindings.find(tenant, target.branch().id());
        Optional<RemoteLlm> remoteLlm;
        Optional<RemoteAgent> remoteAgent;
        try {
            remoteLlm = existing.flatMap(b -> retell.getLlm(b.llmId()));
            remoteAgent = existing.flatMap(b -> retell.getAgent(b.agentId()));
        } catch (RetellApiException e) {
            return new ProvisionOutcome.RetellFailed(e, List.of(), true);
        }
        List<Difference> differences = differences(desired, remoteLlm, remoteAgent, remoteNumbers,
                remoteAgent.map(RemoteAgent::agentId).orElse(null));
        List<PlannedStep> plan = plan(desired, remoteLlm, remoteAgent, remoteNumbers);
        if (dryRun) {
            return new ProvisionOutcome.Planned(plan, differences);
        }
        return apply(tenant, target, desired, remoteLlm, remoteAgent, remoteNumbers, differences);
    }

    /** The stored binding and, when Retell can be asked, the drift between Retell now and what we would provision. */
    public Status status(Principal caller, String branchId) {
        TenantContext tenant = caller.tenantToWrite();
        Target target = target(tenant, branchId);
        Optional<RetellBinding> binding = bindings.find(tenant, target.branch().id());
        List<ProvisioningProblem> problems = validate(target);
        if (binding.isEmpty() || !settings.apiKeyConfigured() || settings.publicUrl() == null) {
            return new Status(binding, false, List.of(), problems);
        }
        RetellBinding bound = binding.get();
        Desired desired = desired(target);
        Map<String, Optional<RemoteNumber>> remoteNumbers = new LinkedHashMap<>();
        for (String number : target.numbers()) {
            remoteNumbers.put(number, retell.getPhoneNumber(number));
        }
        Optional<RemoteLlm> llm = retell.getLlm(bound.llmId());
        Optional<RemoteAgent> agent = retell.getAgent(bound.agentId());
        List<Difference> drift = new ArrayList<>();
        if (llm.isEmpty()) {
            drift.add(Difference.of("llm", "llm_id", bound.llmId(), null));
        }
        if (agent.isEmpty()) {
            drift.add(Difference.of("agent", "agent_id", bound.agentId(), null));
        }
        drift.addAll(differences(desired, llm, agent, remoteNumbers, bound.agentId()));
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

    /** The company's Retell settings (voice, SIP trunk). */
    public RetellCompanySettings settings(Principal caller) {
        return bindings.settings(caller.tenantToWrite());
    }

    /** Replaces the company's Retell settings; null clears a value. */
    public RetellCompanySettings updateSettings(Principal caller, String voiceId, String terminationUri) {
        TenantContext tenant = caller.tenantToWrite();
        RetellCompanySettings changed = new RetellCompanySettings(tenant.companyId(), voiceId, terminationUri);
        bindings.saveSettings(tenant, changed);
        return changed;
    }

    // ---- validation ------------------------------------------------------------------------

    private record Target(Company company, Branch branch, List<Service> services, List<Staff> staff, List<String> numbers,
            RetellCompanySettings settings) {
    }

    private Target target(TenantContext tenant, String branchId) {
        BranchId id;
        try {
            id = BranchId.parse(branchId);
        } catch (RuntimeException e) {
            throw AdminException.notFound("branch");
        }
        Branch branch = branches.find(tenant, id).orElseThrow(() -> AdminException.notFound("branch"));
        Company company = companies.find(tenant.companyId()).orElseThrow(() -> AdminException.notFound("company"));
        List<String> branchNumbers = numbers.list(tenant).stream()
                .filter(n -> branch.id().equals(n.branchId()))
                .map(n -> n.number().e164())
                .sorted()
                .toList();
        return new Target(company, branch, services.offeredAt(tenant, branch.id()).stream().filter(Service::active).toList(),
                staff.atBranch(tenant, branch.id()), branchNumbers, bindings.settings(tenant));
    }

    private List<ProvisioningProblem> validate(Target target) {
        List<ProvisioningProblem> problems = new ArrayList<>();
        Branch branch = target.branch();
        if (!branch.active()) {
            problems.add(new ProvisioningProblem("active", "the branch is inactive; activate it before provisioning"));
        }
        if (target.services().isEmpty()) {
            problems.add(new ProvisioningProblem("services", "no active service is bookable at this branch; add one "
                    + "(provisioning never assumes a default service)"));
        }
        if (Arrays.stream(DayOfWeek.values()).noneMatch(branch.workingHours()::isOpenOn)) {
            problems.add(new ProvisioningProblem("working_hours", "the branch has no opening day"));
        }
        if (target.numbers().isEmpty()) {
            problems.add(new ProvisioningProblem("phone_number", "the branch has no phone number; add one with "
                    + "POST /api/v1/phone-numbers"));
        }
        if (!target.staff().isEmpty()) {
            for (Service service : target.services()) {
                if (target.staff().stream().noneMatch(s -> s.performs(service.id()))) {
                    problems.add(new ProvisioningProblem("services[" + service.id() + "]", "no staff member of this branch performs '"
                            + service.name() + "'"));
                }
            }
        }
        if (settings.publicUrl() == null) {
            problems.add(new ProvisioningProblem("ASKPRO_PUBLIC_URL", "is not set: Retell needs this deployment's public "
                    + "base URL for its webhooks and tools"));
        }
        if (!settings.apiKeyConfigured()) {
            problems.add(new ProvisioningProblem("ASKPRO_RETELL_PROVISIONING_KEY", "is not set (nor ASKPRO_RETELL_API_KEYS): "
                    + "there is no key to call Retell's API with"));
        }
        return problems;
    }

    // ---- what we want Retell to have ---------------------------------------------------------

    private record Desired(Target target, LlmSpec llm, String agentName, String voiceId, String language) {
        AgentSpec agent(String llmId, ProvisioningSettings settings) {
            return new AgentSpec(agentName, llmId, voiceId, language, settings.eventsUrl(), WEBHOOK_EVENTS);
        }

        NumberBinding binding(String agentId, ProvisioningSettings settings) {
            return new NumberBinding(agentId, settings.inboundUrl(), agentName);
        }
    }

    private Desired desired(Target target) {
        Company company = target.company();
        Branch branch = target.branch();
        LlmSpec llm = new LlmSpec(AgentPrompt.generalPrompt(company, branch, target.services()),
                AgentPrompt.beginMessage(company, branch), settings.functionsUrl(), tools);
        String name = truncate(company.name() + " – " + branch.name(), 200);
        return new Desired(target, llm, name, target.settings().voice().orElse(settings.defaultVoiceId()),
                AgentPrompt.retellLanguage(company.language()));
    }

    private List<PlannedStep> plan(Desired desired, Optional<RemoteLlm> llm, Optional<RemoteAgent> agent,
            Map<String, Optional<RemoteNumber>> remoteNumbers) {
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(llm.map(l -> new PlannedStep("llm", "update", l.llmId(), "prompt and " + tools.size() + " tools"))
                .orElse(new PlannedStep("llm", "create", null, "prompt and " + tools.size() + " tools")));
        steps.add(agent.map(a -> new PlannedStep("agent", "update", a.agentId(), "voice " + desired.voiceId() + ", webhook "
                + settings.eventsUrl())).orElse(new PlannedStep("agent", "create", null, "voice " + desired.voiceId()
                + ", webhook " + settings.eventsUrl())));
        steps.add(new PlannedStep("agent", "publish", agent.map(RemoteAgent::agentId).orElse(null), "a new agent version"));
        remoteNumbers.forEach((number, remote) -> steps.add(new PlannedStep("phone_number", remote.isPresent() ? "bind" : "import",
                number, "inbound webhook " + settings.inboundUrl())));
        return steps;
    }

    // ---- doing it --------------------------------------------------------------------------

    private ProvisionOutcome apply(TenantContext tenant, Target target, Desired desired, Optional<RemoteLlm> remoteLlm,
            Optional<RemoteAgent> remoteAgent, Map<String, Optional<RemoteNumber>> remoteNumbers, List<Difference> differences) {
        List<PlannedStep> done = new ArrayList<>();
        String createdLlm = null;
        String createdAgent = null;
        try {
            RemoteLlm llm;
            if (remoteLlm.isPresent()) {
                llm = retell.updateLlm(remoteLlm.get().llmId(), desired.llm());
                done.add(new PlannedStep("llm", "update", llm.llmId(), "version " + llm.version()));
            } else {
                llm = retell.createLlm(desired.llm());
                createdLlm = llm.llmId();
                done.add(new PlannedStep("llm", "create", llm.llmId(), "version " + llm.version()));
            }
            RemoteAgent agent;
            AgentSpec agentSpec = desired.agent(llm.llmId(), settings);
            if (remoteAgent.isPresent()) {
                agent = retell.updateAgent(remoteAgent.get().agentId(), agentSpec);
                done.add(new PlannedStep("agent", "update", agent.agentId(), "version " + agent.version()));
            } else {
                agent = retell.createAgent(agentSpec);
                createdAgent = agent.agentId();
                done.add(new PlannedStep("agent", "create", agent.agentId(), "version " + agent.version()));
            }
            retell.publishAgent(agent.agentId());
            done.add(new PlannedStep("agent", "publish", agent.agentId(), "version " + agent.version()));
            NumberBinding binding = desired.binding(agent.agentId(), settings);
            for (Map.Entry<String, Optional<RemoteNumber>> number : remoteNumbers.entrySet()) {
                if (number.getValue().isPresent()) {
                    retell.updatePhoneNumber(number.getKey(), binding);
                    done.add(new PlannedStep("phone_number", "bind", number.getKey(), "to agent " + agent.agentId()));
                } else {
                    retell.importPhoneNumber(number.getKey(), target.settings().terminationUri(), binding);
                    done.add(new PlannedStep("phone_number", "import", number.getKey(), "to agent " + agent.agentId()));
                }
            }
            RetellBinding stored = new RetellBinding(tenant.companyId(), target.branch().id(), llm.llmId(), agent.agentId(),
                    agent.version(), target.numbers(), clock.instant());
            bindings.save(tenant, stored);
            return new ProvisionOutcome.Provisioned(stored, done, differences);
        } catch (RetellApiException e) {
            return new ProvisionOutcome.RetellFailed(e, done, cleanUp(createdAgent, createdLlm));
        } catch (RuntimeException e) {
            cleanUp(createdAgent, createdLlm);
            throw e;
        }
    }

    /** Deletes what this run created; true when nothing created is left behind. */
    private boolean cleanUp(String agentId, String llmId) {
        boolean clean = true;
        if (agentId != null) {
            try {
                retell.deleteAgent(agentId);
            } catch (RuntimeException e) {
                clean = false;
            }
        }
        if (llmId != null) {
            try {
                retell.deleteLlm(llmId);
            } catch (RuntimeException e) {
                clean = false;
            }
        }
        return clean;
    }

    // ---- drift -----------------------------------------------------------------------------

    private List<Difference> differences(Desired desired, Optional<RemoteLlm> llm, Optional<RemoteAgent> agent,
            Map<String, Optional<RemoteNumber>> remoteNumbers, String expectedAgentId) {
        List<Difference> out = new ArrayList<>();
        llm.ifPresent(remote -> {
            LlmSpec want = desired.llm();
            LlmSpec have = remote.spec();
            compare(out, "llm", "general_prompt", want.generalPrompt(), have.generalPrompt());
            compare(out, "llm", "begin_message", want.beginMessage(), have.beginMessage());
            compareTools(out, want, have);
        });
        agent.ifPresent(remote -> {
            AgentSpec want = desired.agent(llm.map(RemoteLlm::llmId).orElse(remote.spec().llmId()), settings);
            AgentSpec have = remote.spec();
            compare(out, "agent", "agent_name", want.agentName(), have.agentName());
            compare(out, "agent", "response_engine.llm_id", want.llmId(), have.llmId());
            compare(out, "agent", "voice_id", want.voiceId(), have.voiceId());
            compare(out, "agent", "language", want.language(), have.language());
            compare(out, "agent", "webhook_url", want.webhookUrl(), have.webhookUrl());
            if (!new java.util.TreeSet<>(want.webhookEvents()).equals(new java.util.TreeSet<>(have.webhookEvents()))) {
                out.add(Difference.of("agent", "webhook_events", String.join(",", want.webhookEvents()),
                        String.join(",", have.webhookEvents())));
            }
        });
        remoteNumbers.forEach((number, remote) -> {
            if (remote.isEmpty()) {
                out.add(Difference.of("phone_number", number, "in Retell", null));
                return;
            }
            NumberBinding have = remote.get().binding();
            if (expectedAgentId != null) {
                compare(out, "phone_number", number + ".inbound_agent", expectedAgentId, have.agentId());
            }
            compare(out, "phone_number", number + ".inbound_webhook_url", settings.inboundUrl(), have.inboundWebhookUrl());
        });
        return out;
    }

    private static void compareTools(List<Difference> out, LlmSpec want, LlmSpec have) {
        Map<String, ToolDefinition> theirs = new LinkedHashMap<>();
        have.tools().forEach(t -> theirs.put(t.name(), t));
        List<String> wantNames = want.tools().stream().map(ToolDefinition::name).sorted().toList();
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
            compare(out, "llm", "general_tools." + tool.name() + ".description", tool.description(), other.description());
            if (!tool.parameters().equals(other.parameters())) {
                out.add(Difference.of("llm", "general_tools." + tool.name() + ".parameters", tool.parameters(), other.parameters()));
            }
        }
    }

    private static void compare(List<Difference> out, String resource, String field, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(Difference.of(resource, field, expected, actual));
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

}
