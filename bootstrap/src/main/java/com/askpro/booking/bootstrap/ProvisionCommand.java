package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.onboarding.PlannedStep;
import com.askpro.booking.application.onboarding.ProvisionBranch;
import com.askpro.booking.application.onboarding.ProvisionOutcome;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code provision --branch <id> [--dry-run]}: provisions a branch's Retell LLM, agent and number
 * from the database, like {@code POST /api/v1/branches/{id}/retell/provision} (docs/retell.md).
 */
@Command(
        name = "provision",
        description = "Provision a branch's Retell LLM, agent and phone number from our data "
                + "(validated first; again: updates and publishes a new version).")
final class ProvisionCommand extends CliCommand {

    @Option(names = "--branch", paramLabel = "ID", required = true, description = "The branch id.")
    String branch;

    @Option(
            names = "--dry-run",
            description = "Only validate and print the planned changes; send nothing that changes Retell.")
    boolean dryRun;

    @Override
    protected int run() {
        Config config = Config.fromEnvironment(cli().env());
        try (JdbiPersistence db = PrivacyWiring.open(config)) {
            ProvisionBranch provisioning = RetellProvisioningWiring.provisioning(
                    config, Tuning.defaults(), Clock.systemUTC(), db, db.services(), db.staffMembers());
            Principal owner = RetellProvisioningWiring.owners(db)
                    .ownerOf(branch)
                    .orElseThrow(() -> new Failure("no branch " + branch));
            ProvisionOutcome outcome = provisioning.provision(owner, branch, dryRun);
            if (outcome instanceof ProvisionOutcome.Invalid invalid) {
                cli().err().println("not ready for Retell:");
                invalid.problems().forEach(p -> cli().err().println("  - " + p.field() + ": " + p.message()));
                return 1;
            }
            if (outcome instanceof ProvisionOutcome.PlatformFailed failed) {
                print("done before the failure", failed.done());
                throw new Failure(failed.failure().getMessage() + "; nothing was stored"
                        + (failed.cleanedUp() ? "" : " (check Retell for what was created)"));
            }
            if (outcome instanceof ProvisionOutcome.Planned planned) {
                print("planned (dry run)", planned.steps());
                planned.differences().forEach(d -> cli().out().println("  differs: " + d.resource() + " " + d.field()));
                return 0;
            }
            ProvisionOutcome.Provisioned done = (ProvisionOutcome.Provisioned) outcome;
            print("provisioned", done.steps());
            cli().out()
                    .println("llm " + done.binding().llmId() + ", agent "
                            + done.binding().agentId() + " version "
                            + done.binding().agentVersion() + ", numbers "
                            + String.join(", ", done.binding().phoneNumbers()));
            return 0;
        }
    }

    private void print(String title, List<PlannedStep> steps) {
        cli().out().println(title + ":");
        steps.forEach(s -> cli().out()
                .println("  " + s.action() + " " + s.resource() + (s.id() == null ? "" : " " + s.id()) + " — "
                        + s.detail()));
    }
}
