package com.askpro.booking.adapter.http.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Rate limiting per API key: a token bucket of {@code perMinute} tokens per key, refilled evenly
 * over a minute. {@link #take} answers 0 when the request may pass, otherwise the whole seconds
 * until a token is back (for {@code Retry-After}).
 */
final class TokenBuckets {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be positive");
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    long take(String key) {
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, nanoTime.getAsLong())).take(nanoTime.getAsLong());
    }

    /** One key's bucket; tokens are counted in nano-token units to refill without rounding drift. */
    private final class Bucket {
        private final long capacity;
        private long tokens;
        private long refilledAt;

        Bucket(int size, long now) {
            this.capacity = (long) size * MINUTE_NANOS;
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized long take(long now) {
            long elapsed = Math.max(0, now - refilledAt);
            tokens = Math.min(capacity, tokens + Math.min(elapsed, MINUTE_NANOS) * perMinute);
            refilledAt = now;
            if (tokens >= MINUTE_NANOS) {
                tokens -= MINUTE_NANOS;
                return 0;
            }
            long missingNanos = (MINUTE_NANOS - tokens + perMinute - 1) / perMinute;
            return Math.max(1, (missingNanos + 999_999_999L) / 1_000_000_000L);
        }
    }
}
