package com.askpro.booking.adapter.http.cluster;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@link RateLimiter} of this instance alone: one bucket per key in memory. Used without Redis,
 * and as the fallback while Redis is unreachable (then every instance allows the full limit).
 */
public final class LocalRateLimiter implements RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public LocalRateLimiter(int limit, Duration window) {
        this(limit, window, System::nanoTime);
    }

    LocalRateLimiter(int limit, Duration window, LongSupplier nanoTime) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Decision take(String key) {
        return bucket(key).apply(nanoTime.getAsLong(), 1);
    }

    @Override
    public Decision check(String key) {
        return bucket(key).apply(nanoTime.getAsLong(), 0);
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public long windowSeconds() {
        return Math.max(1, windowNanos / 1_000_000_000L);
    }

    private Bucket bucket(String key) {
        if (buckets.size() >= MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(nanoTime.getAsLong()));
    }

    /** One key's bucket; tokens counted in units of 1/windowNanos token to refill without rounding drift. */
    private final class Bucket {
        private long units;
        private long refilledAt;

        Bucket(long now) {
            this.units = capacity();
            this.refilledAt = now;
        }

        private long capacity() {
            return limit * windowNanos;
        }

        synchronized Decision apply(long now, int cost) {
            long elapsed = Math.max(0, Math.min(now - refilledAt, windowNanos));
            units = Math.min(capacity(), units + elapsed * limit);
            refilledAt = now;
            boolean allowed = units >= windowNanos;
            if (allowed) {
                units -= cost * windowNanos;
            }
            long retryAfter = allowed ? 0 : seconds((windowNanos - units + limit - 1) / limit);
            long reset = seconds((capacity() - units + limit - 1) / limit);
            return new Decision(
                    allowed, limit, units / windowNanos, reset, retryAfter == 0 && !allowed ? 1 : retryAfter);
        }

        private long seconds(long nanos) {
            return (nanos + 999_999_999L) / 1_000_000_000L;
        }
    }
}
