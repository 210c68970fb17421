package com.askpro.booking.application.onboarding;

import java.util.List;

/** How a provisioning request ended. */
public sealed interface ProvisionOutcome {

    /** Our data (or the deployment) is not ready: every problem, nothing sent, nothing stored. */
    record Invalid(List<ProvisioningProblem> problems) implements ProvisionOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** Dry run: what would change, with the differences between the platform now and what we would send. */
    record Planned(List<PlannedStep> steps, List<Difference> differences) implements ProvisionOutcome {}

    /** Done and stored. */
    record Provisioned(AgentBinding binding, List<PlannedStep> steps, List<Difference> differences)
            implements ProvisionOutcome {}

    /**
     * The platform failed a call: nothing is stored on our side; what this run created on the platform was
     * deleted again when {@code cleanedUp} (updates of existing resources stay as the platform has them).
     */
    record PlatformFailed(VoiceAgentPlatformException failure, List<PlannedStep> done, boolean cleanedUp)
            implements ProvisionOutcome {}
}
