package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.PhoneNumbers;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: the self-test of a branch's voice-agent setup. Plays one signed synthetic call through our
 * own public endpoints — inbound webhook, one function ({@code list_services}), {@code call_started}
 * and {@code call_ended} — and answers per step whether it arrived (2xx) and was processed
 * (routed to this branch, answered, recorded as a call), with timings. The synthetic call stays
 * in the call list with an id starting {@code selftest_}, so it also shows on the dashboard. The
 * last step waits for the background processing ({@link RecordedCallCheck}).
 */
public final class TestAgentSetup {

    /** The caller number of synthetic calls. */
    public static final String SYNTHETIC_CALLER = "+4915100000000";

    /** One step of the self-test. */
    public record Step(
            String name, String url, boolean arrived, boolean processed, int status, long millis, String detail) {}

    /** How the self-test went. */
    public sealed interface Outcome {
        record Invalid(List<ProvisioningProblem> problems) implements Outcome {}

        record Report(String callId, String toNumber, List<Step> steps) implements Outcome {
            public boolean passed() {
                return steps.stream().allMatch(s -> s.arrived() && s.processed());
            }
        }
    }

    private final Branches branches;
    private final PhoneNumbers numbers;
    private final AgentWebhookProbe probe;
    private final ProvisioningSettings settings;
    private final Clock clock;
    private final RecordedCallCheck recorded;

    public TestAgentSetup(
            Branches branches,
            PhoneNumbers numbers,
            Calls calls,
            AgentWebhookProbe probe,
            ProvisioningSettings settings,
            Clock clock,
            Duration processingTimeout) {
        this.branches = branches;
        this.numbers = numbers;
        this.probe = probe;
        this.settings = settings;
        this.clock = clock;
        this.recorded = new RecordedCallCheck(calls, clock, processingTimeout);
    }

    public Outcome run(Principal caller, String branchId) {
        TenantContext tenant = caller.tenantToWrite();
        BranchId id;
        try {
            id = BranchId.parse(branchId);
        } catch (RuntimeException e) {
            throw AdminException.notFound("branch");
        }
        Branch branch = branches.find(tenant, id).orElseThrow(() -> AdminException.notFound("branch"));
        Optional<String> to = numbers.list(tenant).stream()
                .filter(n -> branch.id().equals(n.branchId()))
                .map(n -> n.number().e164())
                .sorted()
                .findFirst();
        List<ProvisioningProblem> problems = new ArrayList<>();
        if (to.isEmpty()) {
            problems.add(new ProvisioningProblem("phone_number", "the branch has no phone number to call"));
        }
        if (settings.publicUrl() == null) {
            problems.add(new ProvisioningProblem(
                    "ASKPRO_PUBLIC_URL", "is not set: the self-test calls our public endpoints"));
        }
        if (!probe.configured()) {
            problems.add(new ProvisioningProblem(
                    "ASKPRO_RETELL_API_KEYS", "is not set: there is no key to sign the synthetic call with"));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        String callId = "selftest_" + UUID.randomUUID().toString().replace("-", "");
        String number = to.get();
        List<Step> steps = new ArrayList<>();

        AgentWebhookProbe.Reply inbound = probe.inbound(settings.inboundUrl(), callId, number, SYNTHETIC_CALLER);
        Object routed = inbound.json().get("call_inbound") instanceof Map<?, ?> answer
                        && answer.get("dynamic_variables") instanceof Map<?, ?> variables
                ? variables.get("branch_id")
                : null;
        boolean inboundOk = inbound.arrived() && branch.id().toString().equals(routed);
        steps.add(new Step(
                "inbound",
                settings.inboundUrl(),
                inbound.arrived(),
                inboundOk,
                inbound.status(),
                inbound.millis(),
                inboundOk ? "routed to this branch" : detail(inbound, "not routed to this branch")));

        AgentWebhookProbe.Reply function =
                probe.function(settings.functionsUrl(), callId, number, SYNTHETIC_CALLER, "list_services", Map.of());
        boolean functionOk = function.arrived()
                && function.json().get("message") != null
                && function.json().get("error") == null;
        steps.add(new Step(
                "function list_services",
                settings.functionsUrl(),
                function.arrived(),
                functionOk,
                function.status(),
                function.millis(),
                functionOk
                        ? String.valueOf(function.json().get("message"))
                        : detail(function, "answered " + function.json().get("error"))));

        long startMs = clock.millis();
        for (String event : List.of("call_started", "call_ended")) {
            AgentWebhookProbe.Reply reply =
                    probe.event(settings.eventsUrl(), event, callId, number, SYNTHETIC_CALLER, startMs);
            steps.add(new Step(
                    event,
                    settings.eventsUrl(),
                    reply.arrived(),
                    reply.arrived(),
                    reply.status(),
                    reply.millis(),
                    reply.arrived() ? "acknowledged and stored" : detail(reply, "not acknowledged")));
        }
        steps.add(recorded.check(
                tenant, branch, callId, steps.get(steps.size() - 1).arrived()));
        return new Outcome.Report(callId, number, steps);
    }

    private static String detail(AgentWebhookProbe.Reply reply, String fallback) {
        if (reply.error() != null) {
            return reply.error();
        }
        return reply.status() == 0 ? fallback : "HTTP " + reply.status() + ": " + fallback;
    }
}
