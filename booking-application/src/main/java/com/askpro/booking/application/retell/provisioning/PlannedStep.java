package com.askpro.booking.application.retell.provisioning;

/**
 * One change provisioning makes (or, in a dry run, would make) in Retell: {@code action} is
 * {@code create}, {@code update}, {@code publish}, {@code import} or {@code bind}; {@code id} is
 * the Retell id when it is known.
 */
public record PlannedStep(String resource, String action, String id, String detail) {
}
