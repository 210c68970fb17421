package com.askpro.booking.adapter.http.api;

import com.askpro.booking.application.onboarding.AgentBinding;
import com.askpro.booking.application.onboarding.AgentSettings;
import com.askpro.booking.application.onboarding.CheckProvisioning;
import com.askpro.booking.application.onboarding.Difference;
import com.askpro.booking.application.onboarding.EditAgentSettings;
import com.askpro.booking.application.onboarding.PlannedStep;
import com.askpro.booking.application.onboarding.ProvisionBranch;
import com.askpro.booking.application.onboarding.ProvisionOutcome;
import com.askpro.booking.application.onboarding.ProvisioningProblem;
import com.askpro.booking.application.onboarding.TestAgentSetup;
import com.askpro.booking.application.onboarding.VoiceAgentPlatformException;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Routes of Retell onboarding (SPEC §4.10, docs/retell.md): provision a branch (or plan it with
 * {@code ?dry_run=true}), its binding and drift, the self-test, and the company's Retell settings.
 * Tenant admin keys only. Not ready → 422 with every problem; Retell failing → 502/503/504 that
 * say which call failed and that nothing was stored.
 */
public final class RetellRoutes {

    private static final String V1 = "/api/v1";

    /** The use cases behind these routes. */
    public record UseCases(
            ProvisionBranch provisioning,
            CheckProvisioning check,
            EditAgentSettings settings,
            TestAgentSetup selfTest) {}

    private RetellRoutes() {}

    static List<ApiRoute> of(UseCases useCases) {
        EditAgentSettings settings = useCases.settings();
        return List.of(
                ApiRoute.post(V1 + "/branches/{id}/retell/provision", c -> provision(useCases.provisioning(), c)),
                ApiRoute.get(V1 + "/branches/{id}/retell", c -> {
                    try {
                        return Answer.ok(
                                StatusResource.of(c.path("id"), useCases.check().status(c.caller(), c.path("id"))));
                    } catch (VoiceAgentPlatformException e) {
                        throw retellProblem(e, "the drift could not be checked");
                    }
                }),
                ApiRoute.post(V1 + "/branches/{id}/retell/test", c -> selfTest(useCases.selfTest(), c)),
                ApiRoute.get(
                        V1 + "/retell/settings", c -> Answer.ok(SettingsResource.of(settings.current(c.caller())))),
                new ApiRoute(HandlerType.PUT, V1 + "/retell/settings", false, c -> {
                    SettingsRequest request = c.body(SettingsRequest.class);
                    return Answer.ok(SettingsResource.of(
                            settings.replace(c.caller(), request.retellVoiceId(), request.sipTerminationUri())));
                }));
    }

    private static Answer provision(ProvisionBranch provisioning, ApiCall call) {
        String dryRun = call.query("dry_run");
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            throw ApiProblem.invalid(422, "dry_run", "must be true or false");
        }
        ProvisionOutcome outcome = provisioning.provision(call.caller(), call.path("id"), "true".equals(dryRun));
        if (outcome instanceof ProvisionOutcome.Invalid invalid) {
            throw notReady(invalid.problems());
        }
        if (outcome instanceof ProvisionOutcome.Planned planned) {
            return Answer.ok(new PlanResource(true, null, planned.steps(), planned.differences()));
        }
        if (outcome instanceof ProvisionOutcome.Provisioned done) {
            return Answer.ok(
                    new PlanResource(false, BindingResource.of(done.binding()), done.steps(), done.differences()));
        }
        ProvisionOutcome.PlatformFailed failed = (ProvisionOutcome.PlatformFailed) outcome;
        String note = "nothing was stored"
                + (failed.done().isEmpty()
                        ? " and nothing was changed in Retell"
                        : failed.cleanedUp()
                                ? "; what this run created in Retell was deleted again (done before the failure: "
                                        + describe(failed.done()) + ")"
                                : "; done in Retell before the failure: " + describe(failed.done())
                                        + " (provisioning again continues from there)");
        throw retellProblem(failed.failure(), note);
    }

    private static Answer selfTest(TestAgentSetup selfTest, ApiCall call) {
        TestAgentSetup.Outcome outcome = selfTest.run(call.caller(), call.path("id"));
        if (outcome instanceof TestAgentSetup.Outcome.Invalid invalid) {
            throw notReady(invalid.problems());
        }
        TestAgentSetup.Outcome.Report report = (TestAgentSetup.Outcome.Report) outcome;
        return Answer.ok(new SelfTestResource(
                report.callId(),
                report.toNumber(),
                report.passed(),
                report.steps().stream()
                        .map(s -> new StepResource(
                                s.name(),
                                s.url(),
                                s.arrived(),
                                s.processed(),
                                s.status() == 0 ? null : s.status(),
                                s.millis(),
                                s.detail()))
                        .toList()));
    }

    private static ApiProblem notReady(List<ProvisioningProblem> problems) {
        return new ApiProblem(
                422,
                "validation",
                "Not ready for Retell",
                problems.size() + " problem(s) must be fixed before anything is sent to Retell",
                problems.stream()
                        .map(p -> new ApiProblem.FieldError(p.field(), p.message()))
                        .toList(),
                Map.of());
    }

    static ApiProblem retellProblem(VoiceAgentPlatformException e, String note) {
        Duration wait = e.retryAfter();
        Map<String, String> headers =
                wait == null ? Map.of() : Map.of("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        String detail = e.getMessage() + "; " + note;
        return switch (e.failure()) {
            case UNAUTHORIZED ->
                new ApiProblem(502, "retell-unauthorized", "Retell refused our API key", detail, List.of(), Map.of());
            case REJECTED ->
                new ApiProblem(502, "retell-rejected", "Retell refused the request", detail, List.of(), Map.of());
            case RATE_LIMITED ->
                new ApiProblem(
                        503, "retell-rate-limited", "Retell's rate limit is reached", detail, List.of(), headers);
            case UNAVAILABLE ->
                new ApiProblem(503, "retell-unavailable", "Retell is unavailable", detail, List.of(), headers);
            case TIMEOUT ->
                new ApiProblem(504, "retell-timeout", "Retell did not answer in time", detail, List.of(), headers);
        };
    }

    private static String describe(List<PlannedStep> steps) {
        return String.join(
                ", ",
                steps.stream()
                        .map(s -> s.action() + " " + s.resource() + (s.id() == null ? "" : " " + s.id()))
                        .toList());
    }

    record SettingsRequest(String retellVoiceId, String sipTerminationUri) {}

    record SettingsResource(String retellVoiceId, String sipTerminationUri) {
        static SettingsResource of(AgentSettings settings) {
            return new SettingsResource(settings.voiceId(), settings.terminationUri());
        }
    }

    record BindingResource(
            String llmId, String agentId, Integer agentVersion, List<String> phoneNumbers, String provisionedAt) {
        static BindingResource of(AgentBinding binding) {
            return new BindingResource(
                    binding.llmId(),
                    binding.agentId(),
                    binding.agentVersion(),
                    binding.phoneNumbers(),
                    binding.provisionedAt().toString());
        }
    }

    record PlanResource(
            boolean dryRun, BindingResource binding, List<PlannedStep> steps, List<Difference> differences) {}

    record StatusResource(
            String branchId,
            boolean provisioned,
            String llmId,
            String agentId,
            Integer agentVersion,
            List<String> phoneNumbers,
            String lastProvisionedAt,
            boolean driftChecked,
            Boolean inSync,
            List<Difference> drift,
            List<ApiProblem.FieldError> problems) {
        static StatusResource of(String branchId, CheckProvisioning.Status status) {
            AgentBinding b = status.binding().orElse(null);
            return new StatusResource(
                    branchId,
                    b != null,
                    b == null ? null : b.llmId(),
                    b == null ? null : b.agentId(),
                    b == null ? null : b.agentVersion(),
                    b == null ? List.of() : b.phoneNumbers(),
                    b == null ? null : b.provisionedAt().toString(),
                    status.checked(),
                    status.checked() ? status.inSync() : null,
                    status.drift(),
                    status.problems().stream()
                            .map(p -> new ApiProblem.FieldError(p.field(), p.message()))
                            .toList());
        }
    }

    record SelfTestResource(String callId, String toNumber, boolean passed, List<StepResource> steps) {}

    record StepResource(
            String name,
            String url,
            boolean arrived,
            boolean processed,
            Integer httpStatus,
            long millis,
            String detail) {}
}
