package com.askpro.booking.adapter.http;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One readiness check: {@code problem} answers empty when {@code name} (database, job processing,
 * cache, a calendar circuit) is fine, or a short description of what is wrong.
 */
public record HealthCheck(String name, Supplier<Optional<String>> problem) {
}
