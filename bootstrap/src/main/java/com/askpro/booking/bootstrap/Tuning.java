package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.calcom.CalcomConfig;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The server's internal tuning: not configured by operators (see {@link Config} for that), but
 * adjustable by tests and embedders, e.g. a shorter sweep interval or shorter Cal.com delays.
 *
 * @param cacheTtl how long an instance keeps routing, services and staff before reading them again
 * @param sweepInterval the longest the webhook queue waits before looking for due events unwoken (it polls at most
 *     every 500 ms on PostgreSQL, 50 ms on H2; retries that became due, events stored around the receivers)
 * @param calcom adjusts the Cal.com client settings derived from the configuration
 */
public record Tuning(Duration cacheTtl, Duration sweepInterval, UnaryOperator<CalcomConfig> calcom) {

    public static Tuning defaults() {
        return new Tuning(Duration.ofSeconds(30), Duration.ofSeconds(10), UnaryOperator.identity());
    }

    public Tuning withSweepInterval(Duration interval) {
        return new Tuning(cacheTtl, interval, calcom);
    }

    public Tuning withCalcom(UnaryOperator<CalcomConfig> adjust) {
        return new Tuning(cacheTtl, sweepInterval, adjust);
    }
}
