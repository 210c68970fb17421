package com.askpro.booking.domain.webhook;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.Duration;

/**
 * Exponential backoff: the n-th failed attempt (1-based) waits {@code initialDelay × 2^(n-1)},
 * capped at {@code maxDelay}; after {@code maxAttempts} attempts the work is given up.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public static final RetryPolicy WEBHOOKS = new RetryPolicy(8, Duration.ofSeconds(5), Duration.ofHours(1));

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new InvalidValueException("max_attempts", "must be between 1 and 100");
        }
        Require.positive("initial_delay", initialDelay);
        Require.positive("max_delay", maxDelay);
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new InvalidValueException("max_delay", "must not be shorter than initial_delay");
        }
    }

    /** True when another attempt is allowed after {@code attemptsMade} attempts. */
    public boolean allowsAnotherAfter(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** The wait after the {@code attempt}-th attempt failed. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new InvalidValueException("attempt", "must be at least 1");
        }
        int doublings = Math.min(attempt - 1, 30);
        Duration delay = initialDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
