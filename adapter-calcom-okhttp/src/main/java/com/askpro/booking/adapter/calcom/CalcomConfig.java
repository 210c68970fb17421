package com.askpro.booking.adapter.calcom;

import java.time.Duration;
import java.util.Objects;

/**
 * Adapter: settings of the Cal.com client (base URL, timeouts, retry, circuit breaker, cache).
 *
 * <p>{@link #defaults()} holds the production values; tests shorten the delays with the
 * {@code with…} copies.
 */
public record CalcomConfig(
        String baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRetries,
        Duration retryBaseDelay,
        Duration retryMaxDelay,
        int circuitFailureThreshold,
        Duration circuitOpenDelay,
        int circuitSuccessThreshold,
        Duration cacheTtl,
        Duration transientRetryAfter) {

    public static final String DEFAULT_BASE_URL = "https://api.cal.com";

    public CalcomConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("readTimeout", readTimeout);
        requirePositive("retryBaseDelay", retryBaseDelay);
        requirePositive("circuitOpenDelay", circuitOpenDelay);
        requirePositive("cacheTtl", cacheTtl);
        requirePositive("transientRetryAfter", transientRetryAfter);
        if (maxRetries < 0 || circuitFailureThreshold < 1 || circuitSuccessThreshold < 1) {
            throw new IllegalArgumentException("retries must be >= 0 and circuit thresholds >= 1");
        }
        if (retryMaxDelay == null || retryMaxDelay.compareTo(retryBaseDelay) <= 0) {
            throw new IllegalArgumentException("retryMaxDelay must be longer than retryBaseDelay");
        }
    }

    /** Production values: 5 s connect, 10 s read, 2 GET retries, circuit 5 / 60 s / 2, cache 5 min. */
    public static CalcomConfig defaults() {
        return new CalcomConfig(
                DEFAULT_BASE_URL,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                2,
                Duration.ofMillis(200),
                Duration.ofSeconds(2),
                5,
                Duration.ofSeconds(60),
                2,
                Duration.ofMinutes(5),
                Duration.ofSeconds(30));
    }

    public CalcomConfig withBaseUrl(String url) {
        return new CalcomConfig(
                url,
                connectTimeout,
                readTimeout,
                maxRetries,
                retryBaseDelay,
                retryMaxDelay,
                circuitFailureThreshold,
                circuitOpenDelay,
                circuitSuccessThreshold,
                cacheTtl,
                transientRetryAfter);
    }

    public CalcomConfig withTimeouts(Duration connect, Duration read) {
        return new CalcomConfig(
                baseUrl,
                connect,
                read,
                maxRetries,
                retryBaseDelay,
                retryMaxDelay,
                circuitFailureThreshold,
                circuitOpenDelay,
                circuitSuccessThreshold,
                cacheTtl,
                transientRetryAfter);
    }

    public CalcomConfig withRetries(int retries, Duration baseDelay, Duration maxDelay) {
        return new CalcomConfig(
                baseUrl,
                connectTimeout,
                readTimeout,
                retries,
                baseDelay,
                maxDelay,
                circuitFailureThreshold,
                circuitOpenDelay,
                circuitSuccessThreshold,
                cacheTtl,
                transientRetryAfter);
    }

    public CalcomConfig withCircuit(int failureThreshold, Duration openDelay, int successThreshold) {
        return new CalcomConfig(
                baseUrl,
                connectTimeout,
                readTimeout,
                maxRetries,
                retryBaseDelay,
                retryMaxDelay,
                failureThreshold,
                openDelay,
                successThreshold,
                cacheTtl,
                transientRetryAfter);
    }

    public CalcomConfig withCacheTtl(Duration ttl) {
        return new CalcomConfig(
                baseUrl,
                connectTimeout,
                readTimeout,
                maxRetries,
                retryBaseDelay,
                retryMaxDelay,
                circuitFailureThreshold,
                circuitOpenDelay,
                circuitSuccessThreshold,
                ttl,
                transientRetryAfter);
    }

    /** How long to wait before retrying after a 5xx, a timeout or an open circuit. */
    public CalcomConfig withTransientRetryAfter(Duration retryAfter) {
        return new CalcomConfig(
                baseUrl,
                connectTimeout,
                readTimeout,
                maxRetries,
                retryBaseDelay,
                retryMaxDelay,
                circuitFailureThreshold,
                circuitOpenDelay,
                circuitSuccessThreshold,
                cacheTtl,
                retryAfter);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
