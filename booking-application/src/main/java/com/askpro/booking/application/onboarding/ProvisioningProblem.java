package com.askpro.booking.application.onboarding;

/** One reason a branch cannot be provisioned yet, named by the input at fault. */
public record ProvisioningProblem(String field, String message) {}
