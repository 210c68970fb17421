package com.askpro.booking.adapter.mcp;

import static com.askpro.booking.adapter.mcp.Schemas.object;
import static com.askpro.booking.adapter.mcp.Schemas.properties;

import com.askpro.booking.application.onboarding.AgentBinding;
import com.askpro.booking.application.onboarding.CheckProvisioning;
import com.askpro.booking.application.onboarding.Difference;
import com.askpro.booking.application.onboarding.PlannedStep;
import com.askpro.booking.application.onboarding.ProvisionBranch;
import com.askpro.booking.application.onboarding.ProvisionOutcome;
import com.askpro.booking.application.onboarding.ProvisioningProblem;
import com.askpro.booking.application.onboarding.TestAgentSetup;
import com.askpro.booking.application.onboarding.VoiceAgentPlatformException;
import com.askpro.booking.domain.tenant.Branch;
import java.util.List;
import java.util.Map;

/**
 * The Retell configuration tools for a company's admin (role {@code tenant_admin}): the stored
 * Retell ids and drift of a branch, provisioning it (a dry run by default), and the self-test of
 * its line — the same onboarding use cases as {@code /api/v1/branches/{id}/retell/*}.
 */
final class RetellConfigurationTools {

    private final TenantCatalog catalog;
    private final ProvisionBranch provisioning;
    private final CheckProvisioning check;
    private final TestAgentSetup selfTest;

    RetellConfigurationTools(TenantCatalog catalog, McpToolServer.Onboarding onboarding) {
        this.catalog = catalog;
        this.provisioning = onboarding.provisioning();
        this.check = onboarding.check();
        this.selfTest = onboarding.selfTest();
    }

    List<Tool> tools() {
        return List.of(
                new Tool(
                        "get_retell_configuration",
                        "Retell configuration of a branch",
                        "The branch's Retell LLM, agent and phone numbers as provisioned, whether Retell still matches our "
                                + "data (drift), and what must be fixed before provisioning. Needs a tenant_admin key.",
                        object(properties("branch", Schemas.branch())),
                        false,
                        this::status),
                new Tool(
                        "provision_branch",
                        "Provision a branch in Retell",
                        "Creates or updates the branch's Retell LLM, agent and phone number from our data. Validated first; "
                                + "idempotent. A dry run (the default) only answers what would change; dry_run=false applies it.",
                        object(properties(
                                "branch",
                                Schemas.branch(),
                                "dry_run",
                                Map.of("type", "boolean", "description", "true (default): only plan; false: apply"))),
                        true,
                        this::provision),
                new Tool(
                        "test_branch_line",
                        "Self-test a branch's line",
                        "Plays a synthetic signed call against our own public endpoints (inbound, a function, call events) and "
                                + "reports each step with timings. Needs a tenant_admin key.",
                        object(properties("branch", Schemas.branch())),
                        true,
                        this::test));
    }

    private Tool.Reply status(Caller caller, ToolArguments args) {
        Branch branch = catalog.branch(caller, args.text("branch"));
        CheckProvisioning.Status status;
        try {
            status = check.status(caller.principal(), branch.id().toString());
        } catch (VoiceAgentPlatformException e) {
            throw retell(e);
        }
        Fields fields = Fields.of()
                .put("branch_id", branch.id().toString())
                .put("provisioned", status.binding().isPresent());
        status.binding().ifPresent(b -> binding(fields, b));
        fields.put("checked", status.checked())
                .put("in_sync", status.inSync())
                .put("drift", drift(status.drift()))
                .put("problems", problems(status.problems()));
        String text = status.binding().isEmpty()
                ? branch.name() + " is not provisioned in Retell yet."
                : !status.checked()
                        ? branch.name() + " is provisioned; Retell could not be compared (not configured)."
                        : status.inSync()
                                ? branch.name() + " is provisioned and in sync with Retell."
                                : branch.name() + " is provisioned; "
                                        + status.drift().size() + " difference(s) with Retell.";
        if (!status.problems().isEmpty()) {
            text += " " + status.problems().size() + " problem(s) to fix before provisioning.";
        }
        return Tool.Reply.ok(fields.map(), text);
    }

    private Tool.Reply provision(Caller caller, ToolArguments args) {
        Branch branch = catalog.branch(caller, args.text("branch"));
        boolean dryRun = args.bool("dry_run", true);
        ProvisionOutcome outcome =
                provisioning.provision(caller.principal(), branch.id().toString(), dryRun);
        String subject = "branch:" + branch.id();
        if (outcome instanceof ProvisionOutcome.Invalid invalid) {
            throw notReady(invalid.problems());
        }
        if (outcome instanceof ProvisionOutcome.Planned planned) {
            return new Tool.Reply(
                    Fields.of()
                            .put("branch_id", branch.id().toString())
                            .put("dry_run", true)
                            .put("steps", steps(planned.steps()))
                            .put("differences", drift(planned.differences()))
                            .map(),
                    "Dry run for " + branch.name() + ": " + planned.steps().size()
                            + " step(s) would be made in Retell.",
                    "planned",
                    subject);
        }
        if (outcome instanceof ProvisionOutcome.Provisioned done) {
            Fields fields = Fields.of()
                    .put("branch_id", branch.id().toString())
                    .put("dry_run", false)
                    .put("provisioned", true);
            binding(fields, done.binding());
            return new Tool.Reply(
                    fields.put("steps", steps(done.steps()))
                            .put("differences", drift(done.differences()))
                            .map(),
                    branch.name() + " is provisioned in Retell (agent "
                            + done.binding().agentId() + ").",
                    "provisioned",
                    subject);
        }
        ProvisionOutcome.PlatformFailed failed = (ProvisionOutcome.PlatformFailed) outcome;
        throw new ToolFailure(
                "retell_failed",
                null,
                "Retell refused or failed (" + failed.failure().getMessage() + "); nothing was "
                        + "stored"
                        + (failed.done().isEmpty()
                                ? " and nothing was changed in Retell"
                                : failed.cleanedUp()
                                        ? "; what this run created in Retell was deleted again"
                                        : "; provisioning again continues where it stopped"),
                List.of());
    }

    private Tool.Reply test(Caller caller, ToolArguments args) {
        Branch branch = catalog.branch(caller, args.text("branch"));
        TestAgentSetup.Outcome outcome =
                selfTest.run(caller.principal(), branch.id().toString());
        if (outcome instanceof TestAgentSetup.Outcome.Invalid invalid) {
            throw notReady(invalid.problems());
        }
        TestAgentSetup.Outcome.Report report = (TestAgentSetup.Outcome.Report) outcome;
        List<Map<String, Object>> steps = report.steps().stream()
                .map(s -> Fields.of()
                        .put("name", s.name())
                        .put("url", s.url())
                        .put("arrived", s.arrived())
                        .put("processed", s.processed())
                        .put("status", s.status() == 0 ? null : s.status())
                        .put("millis", s.millis())
                        .put("detail", s.detail())
                        .map())
                .toList();
        return new Tool.Reply(
                Fields.of()
                        .put("branch_id", branch.id().toString())
                        .put("call_id", report.callId())
                        .put("to_number", report.toNumber())
                        .put("passed", report.passed())
                        .put("steps", steps)
                        .map(),
                "Self-test of " + branch.name() + (report.passed() ? " passed." : " failed; see steps."),
                report.passed() ? "passed" : "failed",
                "branch:" + branch.id());
    }

    private static void binding(Fields fields, AgentBinding b) {
        fields.put("llm_id", b.llmId())
                .put("agent_id", b.agentId())
                .put("agent_version", b.agentVersion())
                .put("phone_numbers", b.phoneNumbers())
                .put("provisioned_at", b.provisionedAt().toString());
    }

    private static List<Map<String, Object>> drift(List<Difference> differences) {
        return differences.stream()
                .map(d -> Fields.of()
                        .put("resource", d.resource())
                        .put("field", d.field())
                        .put("expected", d.expected())
                        .put("actual", d.actual())
                        .map())
                .toList();
    }

    private static List<Map<String, Object>> steps(List<PlannedStep> steps) {
        return steps.stream()
                .map(s -> Fields.of()
                        .put("resource", s.resource())
                        .put("action", s.action())
                        .put("id", s.id())
                        .put("detail", s.detail())
                        .map())
                .toList();
    }

    private static List<Map<String, Object>> problems(List<ProvisioningProblem> problems) {
        return problems.stream()
                .map(p -> Fields.of()
                        .put("field", p.field())
                        .put("message", p.message())
                        .map())
                .toList();
    }

    private static ToolFailure notReady(List<ProvisioningProblem> problems) {
        List<String> listed =
                problems.stream().map(p -> p.field() + ": " + p.message()).toList();
        return new ToolFailure(
                "not_ready", null, "not ready for Retell; fix first: " + String.join("; ", listed), listed);
    }

    private static ToolFailure retell(VoiceAgentPlatformException e) {
        return new ToolFailure(
                "retell_failed",
                null,
                "Retell could not be asked (" + e.getMessage() + "); try again later",
                List.of());
    }
}
