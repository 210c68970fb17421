package com.askpro.booking.adapter.http.cluster;

import io.javalin.http.Context;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * The limit on failed authentication per client address, shared by every entry point that checks
 * a secret (API keys, dashboard sign-in, MCP): {@link #refusal} before checking credentials,
 * {@link #failed} after a wrong one; {@link #guard} wraps a servlet that authenticates by itself
 * (MCP) and counts its 401 answers. An address that used up its budget (default 20 per minute)
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
        return new FailedAuthentication(
                new LocalRateLimiter(1_000_000, java.time.Duration.ofMinutes(1)), ClientAddresses.direct());
    }

    /** Empty when the request's address may try to authenticate; otherwise the seconds for {@code Retry-After}. */
    public OptionalLong refusal(Context ctx) {
        return refusal(addresses.of(ctx));
    }

    /** Counts a failed attempt of the request's address. */
    public void failed(Context ctx) {
        failed(addresses.of(ctx));
    }

    /** As {@link #refusal(Context)} for a client address found by {@link ClientAddresses}. */
    public OptionalLong refusal(String clientAddress) {
        RateLimiter.Decision decision = limiter.check(key(clientAddress));
        return decision.allowed() ? OptionalLong.empty() : OptionalLong.of(decision.retryAfterSeconds());
    }

    /** As {@link #failed(Context)} for a client address found by {@link ClientAddresses}. */
    public void failed(String clientAddress) {
        limiter.take(key(clientAddress));
    }

    /**
     * {@code servlet} behind this limit: an address over it gets 429 (JSON, {@code Retry-After})
     * without reaching the servlet; every 401 the servlet answers counts as a failure.
     */
    public Servlet guard(Servlet servlet) {
        return new Servlet() {
            @Override
            public void init(ServletConfig config) throws ServletException {
                servlet.init(config);
            }

            @Override
            public ServletConfig getServletConfig() {
                return servlet.getServletConfig();
            }

            @Override
            public void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
                HttpServletRequest request = (HttpServletRequest) req;
                HttpServletResponse response = (HttpServletResponse) res;
                String address = addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
                OptionalLong blocked = refusal(address);
                if (blocked.isPresent()) {
                    response.setStatus(429);
                    response.setHeader("Retry-After", Long.toString(blocked.getAsLong()));
                    response.setContentType("application/json");
                    response.getWriter()
                            .write("{\"error\":\"too_many_failed_authentications\",\"retry_after\":"
                                    + blocked.getAsLong() + "}");
                    return;
                }
                // Counted when the servlet sets the status, before the answer can reach the client: counting after
                // service() returned let the client's next attempt through first (and missed asynchronous answers).
                servlet.service(req, new HttpServletResponseWrapper(response) {
                    private boolean counted;

                    private void count(int status) {
                        if (status == HttpServletResponse.SC_UNAUTHORIZED && !counted) {
                            counted = true;
                            failed(address);
                        }
                    }

                    @Override
                    public void setStatus(int status) {
                        count(status);
                        super.setStatus(status);
                    }

                    @Override
                    public void sendError(int status) throws IOException {
                        count(status);
                        super.sendError(status);
                    }

                    @Override
                    public void sendError(int status, String message) throws IOException {
                        count(status);
                        super.sendError(status, message);
                    }
                });
            }

            @Override
            public String getServletInfo() {
                return servlet.getServletInfo();
            }

            @Override
            public void destroy() {
                servlet.destroy();
            }
        };
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
