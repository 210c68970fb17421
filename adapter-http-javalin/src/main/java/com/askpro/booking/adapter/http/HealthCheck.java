package com.askpro.booking.adapter.http;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One readiness check: {@code problem} answers empty when {@code name} (database, job processing,
 * cache, a calendar circuit) is fine, or a short description of what is wrong. A problem of a
 * {@code degradable} check (one the instance works around, e.g. Redis) is reported under
 * {@code degraded} and keeps readiness at 200; any other problem makes it 503.
 */
public record HealthCheck(String name, Supplier<Optional<String>> problem, boolean degradable) {

    /** A check whose problem makes the instance not ready. */
    public HealthCheck(String name, Supplier<Optional<String>> problem) {
        this(name, problem, false);
    }

    /** A check of something the instance works around: reported as degraded, still ready. */
    public static HealthCheck degradable(String name, Supplier<Optional<String>> problem) {
        return new HealthCheck(name, problem, true);
    }
}
