package com.askpro.booking.adapter.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of {@code GET /health/ready}: {@code ready} (200) when every check passes,
 * {@code degraded} (200) when only non-critical checks fail, {@code not_ready} (503) when a
 * critical one fails. The body names every check ({@code checks}: {@code ok} or the problem) and
 * lists the failing ones under {@code problems} (critical) and {@code degraded} (worked around).
 */
record Readiness(boolean ready, Map<String, Object> body) {

    static Readiness of(List<HealthCheck> checks) {
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> degraded = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            Optional<String> problem = safely(check);
            all.put(check.name(), problem.orElse("ok"));
            problem.ifPresent(p -> (check.critical() ? problems : degraded).put(check.name(), p));
        }
        String status = !problems.isEmpty() ? "not_ready" : !degraded.isEmpty() ? "degraded" : "ready";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("checks", all);
        body.put("problems", problems);
        body.put("degraded", degraded);
        return new Readiness(problems.isEmpty(), body);
    }

    private static Optional<String> safely(HealthCheck check) {
        try {
            return check.problem().get();
        } catch (RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
