package com.askpro.booking.adapter.http;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One readiness check: {@code problem} answers empty when {@code name} (database, job processing,
 * cache, a calendar circuit) is fine, or a short description of what is wrong.
 *
 * <p>A {@code critical} check names something this instance cannot work without (the database, job
 * processing): its problem makes {@code /health/ready} answer 503 so that the load balancer takes
 * the instance out. A non-critical check names a dependency the instance works around (a tenant's
 * Cal.com circuit — bookings fall back to pending and sync later —, Redis — live updates stay on
 * this instance): its problem is reported as {@code degraded} with a 200, because taking every
 * instance out for it would turn a partial outage into a total one.
 */
public record HealthCheck(String name, boolean critical, Supplier<Optional<String>> problem) {

    /** A critical check (its problem answers 503). */
    public HealthCheck(String name, Supplier<Optional<String>> problem) {
        this(name, true, problem);
    }

    /** A check of a dependency this instance works around: its problem is reported, with a 200. */
    public static HealthCheck degrading(String name, Supplier<Optional<String>> problem) {
        return new HealthCheck(name, false, problem);
    }
}
