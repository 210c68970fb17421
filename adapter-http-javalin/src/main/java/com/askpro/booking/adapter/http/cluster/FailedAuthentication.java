package com.askpro.booking.adapter.http.cluster;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * The limit on failed authentication per client address, shared by every entry point that checks
 * a secret (API keys, dashboard sign-in, MCP): {@link #refusal} before checking credentials,
 * {@link #failed} after a wrong one. An address that used up its budget (default 20 per minute)
 * is refused with 429 until a token is back, even with a right key; successes cost nothing.
 * Addresses are keyed by a hash, so Redis holds no address in clear.
 */
public final class FailedAuthentication {

    private final RateLimiter limiter;
    private final ClientAddresses addresses;

    public FailedAuthentication(RateLimiter limiter, ClientAddresses addresses) {
        this.limiter = limiter;
        this.addresses = addresses;
    }

    /** A limit no client reaches in practice, for tests and embedding. */
    public static FailedAuthentication unlimited() {
        return new FailedAuthentication(new LocalRateLimiter(1_000_000, java.time.Duration.ofMinutes(1)), ClientAddresses.direct());
    }

    /** Empty when the request's address may try to authenticate; otherwise the seconds for {@code Retry-After}. */
    public OptionalLong refusal(Context ctx) {
        RateLimiter.Decision decision = limiter.check(key(addresses.of(ctx)));
        return decision.allowed() ? OptionalLong.empty() : OptionalLong.of(decision.retryAfterSeconds());
    }

    /** Counts a failed attempt of the request's address. */
    public void failed(Context ctx) {
        limiter.take(key(addresses.of(ctx)));
    }

    /** Failed attempts an address may make per window. */
    public int limit() {
        return limiter.limit();
    }

    private static String key(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
