package com.askpro.booking.application.retell.provisioning;

import java.util.List;

/** How a provisioning request ended. */
public sealed interface ProvisionOutcome {

    /** Our data (or the deployment) is not ready: every problem, nothing sent, nothing stored. */
    record Invalid(List<ProvisioningProblem> problems) implements ProvisionOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** Dry run: what would change, with the differences between Retell now and what we would send. */
    record Planned(List<PlannedStep> steps, List<Difference> differences) implements ProvisionOutcome {
    }

    /** Done and stored. */
    record Provisioned(RetellBinding binding, List<PlannedStep> steps, List<Difference> differences)
            implements ProvisionOutcome {
    }

    /**
     * Retell failed a call: nothing is stored on our side; what this run created in Retell was
     * deleted again when {@code cleanedUp} (updates of existing resources stay as Retell has them).
     */
    record RetellFailed(RetellApiException failure, List<PlannedStep> done, boolean cleanedUp) implements ProvisionOutcome {
    }
}
