package com.askpro.booking.application.onboarding;

/**
 * One change provisioning makes (or, in a dry run, would make) on the voice-agent platform: {@code action} is
 * {@code create}, {@code update}, {@code publish}, {@code import} or {@code bind}; {@code id} is
 * the platform's id when it is known.
 */
public record PlannedStep(String resource, String action, String id, String detail) {}
