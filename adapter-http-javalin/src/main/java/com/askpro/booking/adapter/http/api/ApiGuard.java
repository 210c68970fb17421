package com.askpro.booking.adapter.http.api;

import com.askpro.booking.adapter.http.HttpServer;
import com.askpro.booking.adapter.http.cluster.FailedAuthentication;
import com.askpro.booking.adapter.http.cluster.RateLimiter;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.Principal;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The gate of every {@code /api/v1} route: refuses oversized bodies (413) before reading them,
 * refuses addresses with too many failed authentications (429), authenticates the bearer key (401
 * otherwise, counted as a failure of the address) and applies the per-key rate limit (429 with
 * {@code Retry-After}; {@code RateLimit-*} headers on every authenticated answer).
 */
final class ApiGuard {

    private static final String BEARER = "Bearer ";

    private final Authenticate authenticate;
    private final RateLimiter keyLimits;
    private final FailedAuthentication failures;

    ApiGuard(Authenticate authenticate, RateLimiter keyLimits, FailedAuthentication failures) {
        this.authenticate = authenticate;
        this.keyLimits = keyLimits;
        this.failures = failures;
    }

    Principal admit(Context ctx) {
        if (ctx.contentLength() > ApiCall.MAX_BODY_BYTES) {
            discardModestBody(ctx);
            throw ApiCall.tooLarge();
        }
        OptionalLong blocked = failures.refusal(ctx);
        if (blocked.isPresent()) {
            throw new ApiProblem(
                    429,
                    "too-many-failed-authentications",
                    "Too many failed authentications",
                    "too many requests with a missing or wrong API key came from this address; retry after "
                            + blocked.getAsLong() + " s",
                    List.of(),
                    Map.of("Retry-After", Long.toString(blocked.getAsLong())));
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            failures.failed(ctx);
            throw unauthorized("send an API key as 'Authorization: Bearer <key>'");
        }
        Principal principal = authenticate
                .authenticate(header.substring(BEARER.length()).strip())
                .orElse(null);
        if (principal == null) {
            failures.failed(ctx);
            throw unauthorized("the API key is unknown or revoked");
        }
        RateLimiter.Decision decision = keyLimits.take(principal.keyId());
        decision.writeHeaders(ctx, keyLimits.windowSeconds());
        if (!decision.allowed()) {
            throw new ApiProblem(
                    429,
                    "rate-limited",
                    "Too many requests",
                    "this API key has used up its request budget; retry after " + decision.retryAfterSeconds() + " s",
                    List.of(),
                    Map.of("Retry-After", Long.toString(decision.retryAfterSeconds())));
        }
        return principal;
    }

    private static ApiProblem unauthorized(String detail) {
        return new ApiProblem(
                401, "unauthorized", "Unauthorized", detail, List.of(), Map.of("WWW-Authenticate", "Bearer"));
    }

    /**
     * Reads and drops a refused body that is within the server's overall limit, so the client
     * finishes its upload and reads the 413 instead of finding the connection closed under it.
     * Larger bodies are not read at all.
     */
    private static void discardModestBody(Context ctx) {
        if (ctx.contentLength() <= HttpServer.MAX_BODY_BYTES) {
            try (InputStream body = ctx.req().getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            } catch (IOException gone) {
                // the client went away; the 413 is still the answer
            }
        }
    }
}
