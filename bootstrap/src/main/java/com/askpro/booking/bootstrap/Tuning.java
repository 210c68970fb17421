package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.calcom.CalcomConfig;
import com.askpro.booking.adapter.retell.provisioning.RetellApiConfig;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The server's internal tuning: not configured by operators (see {@link Config} for that), but
 * adjustable by tests and embedders, e.g. a shorter sweep interval or shorter Cal.com and Retell
 * timeouts and delays. Passed in by hand: no system property is read for it.
 *
 * @param cacheTtl how long an instance keeps routing, services and staff before reading them again
 * @param sweepInterval the longest the webhook queue waits before looking for due events unwoken (it polls at most
 *     every 500 ms on PostgreSQL, 50 ms on H2; retries that became due, events stored around the receivers)
 * @param calcom adjusts the Cal.com client settings derived from the configuration
 * @param retell adjusts the Retell provisioning client settings (timeouts, retry delays) derived from the configuration
 */
public record Tuning(
        Duration cacheTtl,
        Duration sweepInterval,
        UnaryOperator<CalcomConfig> calcom,
        UnaryOperator<RetellApiConfig> retell) {

    public static Tuning defaults() {
        return new Tuning(
                Duration.ofSeconds(30), Duration.ofSeconds(10), UnaryOperator.identity(), UnaryOperator.identity());
    }

    public Tuning withSweepInterval(Duration interval) {
        return new Tuning(cacheTtl, interval, calcom, retell);
    }

    public Tuning withCalcom(UnaryOperator<CalcomConfig> adjust) {
        return new Tuning(cacheTtl, sweepInterval, adjust, retell);
    }

    public Tuning withRetell(UnaryOperator<RetellApiConfig> adjust) {
        return new Tuning(cacheTtl, sweepInterval, calcom, adjust);
    }
}
