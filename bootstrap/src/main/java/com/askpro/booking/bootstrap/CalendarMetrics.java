package com.askpro.booking.bootstrap;

import com.askpro.booking.domain.port.ApiCallLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Wiring: the {@link ApiCallLog} decorated with metrics. Each outbound calendar request also feeds
 * {@code askpro_calendar_api_seconds{provider,status}} (status {@code 0}: no response) and, for
 * failures, {@code askpro_calendar_api_errors_total}; every circuit breaker seen so far is a gauge
 * {@code askpro_calendar_circuit_state{provider,credential}} (0 closed, 1 half-open, 2 open).
 */
final class CalendarMetrics implements ApiCallLog {

    private final ApiCallLog delegate;
    private final MeterRegistry registry;
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private volatile Supplier<Map<String, String>> circuits = Map::of;
    private volatile String circuitProvider = "calcom";

    CalendarMetrics(ApiCallLog delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    /** Publishes the circuit states {@code states} answers (credential fingerprint → state) as gauges. */
    void watchCircuits(String provider, Supplier<Map<String, String>> states) {
        this.circuitProvider = provider;
        this.circuits = states;
        registerCircuitGauges();
    }

    @Override
    public void record(Entry entry) {
        try {
            delegate.record(entry);
        } finally {
            String status = Integer.toString(entry.status());
            Timer.builder("askpro_calendar_api")
                    .description("Outbound calendar API requests")
                    .tag("provider", entry.provider())
                    .tag("status", status)
                    .register(registry)
                    .record(Duration.ofMillis(Math.max(0, entry.durationMs())));
            if (entry.status() == 0 || entry.status() >= 400) {
                Counter.builder("askpro_calendar_api_errors")
                        .description("Failed outbound calendar API requests")
                        .tag("provider", entry.provider())
                        .tag("status", status)
                        .register(registry)
                        .increment();
            }
            registerCircuitGauges();
        }
    }

    private void registerCircuitGauges() {
        for (String credential : circuits.get().keySet()) {
            if (watched.add(credential)) {
                Gauge.builder(
                                "askpro_calendar_circuit_state",
                                () -> value(circuits.get().get(credential)))
                        .description("Circuit breaker per credential: 0 closed, 1 half-open, 2 open")
                        .tag("provider", circuitProvider)
                        .tag("credential", credential)
                        .register(registry);
            }
        }
    }

    private static double value(String state) {
        if (state == null) {
            return Double.NaN;
        }
        return switch (state) {
            case "OPEN" -> 2;
            case "HALF_OPEN" -> 1;
            default -> 0;
        };
    }
}
