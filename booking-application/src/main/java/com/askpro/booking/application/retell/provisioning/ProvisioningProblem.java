package com.askpro.booking.application.retell.provisioning;

/** One reason a branch cannot be provisioned yet, named by the input at fault. */
public record ProvisioningProblem(String field, String message) {
}
