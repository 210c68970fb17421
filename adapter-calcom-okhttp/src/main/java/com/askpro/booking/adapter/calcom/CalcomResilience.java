package com.askpro.booking.adapter.calcom;

import com.askpro.booking.adapter.calcom.CalcomHttp.Reply;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adapter: Failsafe policies around Cal.com calls: a circuit breaker per credential, retries with
 * backoff and jitter for safe (GET) requests only, and a per-credential pause after a 429.
 */
final class CalcomResilience {

    /** How an exchange ended: a reply (any status) or no reply, with whether the request may have landed. */
    sealed interface Outcome {
        record Replied(Reply reply) implements Outcome {}

        record NoReply(CalendarAnswer.Unavailable answer, boolean uncertain) implements Outcome {}
    }

    private final CalcomConfig config;
    private final Clock clock;
    private final RetryPolicy<Reply> safeRetry;
    private final Map<String, CircuitBreaker<Reply>> breakers = new ConcurrentHashMap<>();
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();

    CalcomResilience(CalcomConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.safeRetry = RetryPolicy.<Reply>builder()
                .handleIf((reply, failure) -> isFailure(reply, failure))
                .withMaxRetries(config.maxRetries())
                .withBackoff(config.retryBaseDelay(), config.retryMaxDelay())
                .withJitter(0.25)
                .build();
    }

    /** Runs {@code call}; {@code safe} requests (GET) are retried, others are attempted once. */
    Outcome run(Credential credential, boolean safe, CheckedSupplier<Reply> call) {
        Instant paused = pausedUntil.get(credential.fingerprint());
        Instant now = clock.instant();
        if (paused != null && now.isBefore(paused)) {
            return new Outcome.NoReply(
                    new CalendarAnswer.Unavailable(
                            "Cal.com rate limit reached; waiting for its reset", Duration.between(now, paused)),
                    false);
        }
        CircuitBreaker<Reply> breaker = breakerFor(credential);
        FailsafeExecutor<Reply> executor = safe ? Failsafe.with(safeRetry).compose(breaker) : Failsafe.with(breaker);
        try {
            Reply reply = executor.get(call);
            if (reply.status() == 429) {
                pausedUntil.put(credential.fingerprint(), clock.instant().plus(CalcomErrors.retryAfter(reply)));
            }
            return new Outcome.Replied(reply);
        } catch (CircuitBreakerOpenException e) {
            Duration wait = breaker.getRemainingDelay();
            return new Outcome.NoReply(
                    new CalendarAnswer.Unavailable(
                            "Cal.com circuit open for this credential", wait.isZero() ? Duration.ofSeconds(1) : wait),
                    false);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (!(cause instanceof IOException)) {
                throw e;
            }
            return new Outcome.NoReply(
                    new CalendarAnswer.Unavailable(
                            "Cal.com unreachable: " + cause.getClass().getSimpleName()
                                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                            config.transientRetryAfter()),
                    true);
        }
    }

    /**
     * Circuit state per credential fingerprint: {@code CLOSED}, {@code OPEN} or {@code HALF_OPEN}
     * (an open circuit whose delay has passed lets the next call through as a trial).
     */
    Map<String, String> circuitStates() {
        Map<String, String> states = new TreeMap<>();
        breakers.forEach((fingerprint, breaker) -> states.put(
                fingerprint,
                breaker.isOpen() && breaker.getRemainingDelay().isZero()
                        ? "HALF_OPEN"
                        : breaker.getState().name()));
        return Map.copyOf(states);
    }

    private CircuitBreaker<Reply> breakerFor(Credential credential) {
        return breakers.computeIfAbsent(
                credential.fingerprint(),
                key -> CircuitBreaker.<Reply>builder()
                        .handleIf((reply, failure) -> isFailure(reply, failure))
                        .withFailureThreshold(config.circuitFailureThreshold())
                        .withDelay(config.circuitOpenDelay())
                        .withSuccessThreshold(config.circuitSuccessThreshold())
                        .build());
    }

    /** Timeouts, connection failures and 5xx count as failures; 4xx are Cal.com working as designed. */
    private static boolean isFailure(Reply reply, Throwable failure) {
        return failure instanceof IOException || reply != null && reply.status() >= 500;
    }
}
