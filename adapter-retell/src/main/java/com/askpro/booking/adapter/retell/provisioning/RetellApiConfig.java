package com.askpro.booking.adapter.retell.provisioning;

import java.time.Duration;
import java.util.Objects;

/**
 * Adapter: settings of the Retell provisioning client. {@link #defaults(String, String)} holds
 * the production values; tests shorten the delays.
 *
 * @param maxRetries retries of a failed request that is safe to repeat (GET, PATCH, DELETE; and a 429 of any request)
 * @param maxRateLimitWait the longest {@code Retry-After} we wait for before giving up with "rate limited"
 */
public record RetellApiConfig(
        String baseUrl,
        String apiKey,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRetries,
        Duration retryBaseDelay,
        Duration retryMaxDelay,
        Duration maxRateLimitWait) {

    public static final String DEFAULT_BASE_URL = "https://api.retellai.com";

    public RetellApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
        Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
        if (retryMaxDelay == null || retryMaxDelay.compareTo(retryBaseDelay) <= 0) {
            throw new IllegalArgumentException("retryMaxDelay must be longer than retryBaseDelay");
        }
    }

    /** 5 s connect, 20 s read, 3 retries with 500 ms…5 s backoff, at most 10 s waited per 429. */
    public static RetellApiConfig defaults(String baseUrl, String apiKey) {
        return new RetellApiConfig(
                baseUrl == null ? DEFAULT_BASE_URL : baseUrl,
                apiKey,
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                3,
                Duration.ofMillis(500),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10));
    }

    public RetellApiConfig withTimeouts(Duration connect, Duration read) {
        return new RetellApiConfig(
                baseUrl, apiKey, connect, read, maxRetries, retryBaseDelay, retryMaxDelay, maxRateLimitWait);
    }

    public RetellApiConfig withRetries(int retries, Duration baseDelay, Duration maxDelay, Duration rateLimitWait) {
        return new RetellApiConfig(
                baseUrl, apiKey, connectTimeout, readTimeout, retries, baseDelay, maxDelay, rateLimitWait);
    }

    public boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "RetellApiConfig[" + baseUrl + ", key " + (hasKey() ? "set" : "missing") + "]";
    }
}
