package com.askpro.booking.adapter.http.cluster;

import io.javalin.http.Context;

/**
 * A token bucket per key: {@link #limit()} tokens, refilled evenly over one window (a minute).
 * {@link #take} spends a token when there is one; {@link #check} only looks.
 */
public interface RateLimiter {

    /**
     * The answer for one key: whether the request may pass, what is left, the whole seconds until
     * the bucket is full again ({@code RateLimit-Reset}) and, when refused, until a token is back
     * ({@code Retry-After}).
     */
    record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {

        /** Sets {@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset} and {@code -Policy} on the answer. */
        public void writeHeaders(Context ctx, long windowSeconds) {
            ctx.header("RateLimit-Limit", Integer.toString(limit));
            ctx.header("RateLimit-Remaining", Long.toString(remaining));
            ctx.header("RateLimit-Reset", Long.toString(resetSeconds));
            ctx.header("RateLimit-Policy", limit + ";w=" + windowSeconds);
        }
    }

    /** Spends one of {@code key}'s tokens; refused (nothing spent) when none is left. */
    Decision take(String key);

    /** Whether {@code key} has a token left, spending nothing. */
    Decision check(String key);

    /** Tokens per window. */
    int limit();

    /** The window's length in seconds. */
    long windowSeconds();
}
