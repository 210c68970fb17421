package com.askpro.booking.adapter.http.dashboard;

import com.askpro.booking.application.dashboard.DashboardSignIn;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.access.UserRole;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's browser security: response headers (CSP without inline script, no sniffing, no
 * referrer, no framing), the HttpOnly SameSite=Strict session cookie, the same-origin check on
 * state-changing requests, and the roles, enforced here for every route under
 * {@code /dashboard/api/*} whoever registers it: a viewer may only read (GET), any other method
 * needs staff or owner, and {@code /dashboard/api/users*} needs owner (403 otherwise).
 */
final class DashboardGuard {

    static final String COOKIE = "askpro_dashboard";
    static final String COOKIE_PATH = "/dashboard";
    private static final String SESSION = "askpro.dashboard.session";
    static final String USERS = "/dashboard/api/users";
    /** Reads sent as POST (so that a number or a name never appears in a URL): allowed to viewers too. */
    static final String SEARCH = "/dashboard/api/search/";

    /** Sent with the page, its assets and every dashboard answer. */
    static final Map<String, String> HEADERS = headers();

    private final DashboardSignIn signIn;

    DashboardGuard(DashboardSignIn signIn) {
        this.signIn = signIn;
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(
                "Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                        + "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return Map.copyOf(headers);
    }

    static void securityHeaders(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    /** Before-handler of the session-protected routes: 401 without a valid session. */
    void requireSession(Context ctx) {
        Optional<DashboardSession> session = signIn.session(ctx.cookie(COOKIE));
        if (session.isEmpty()) {
            ctx.header("Cache-Control", "no-store")
                    .status(HttpStatus.UNAUTHORIZED)
                    .json(Map.of(
                            "error",
                            "not_signed_in",
                            "message",
                            "sign in with your e-mail address and password (operators: the company's API key)"));
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(SESSION, session.get());
        ctx.header("Cache-Control", "no-store");
        String refusal = refusal(session.get().role(), ctx.method().name(), ctx.path());
        if (refusal != null) {
            ctx.status(HttpStatus.FORBIDDEN).json(Map.of("error", "forbidden", "message", refusal));
            ctx.skipRemainingHandlers();
            return;
        }
        if (!isRead(ctx.method().name()) && !sameOrigin(ctx)) {
            ctx.status(HttpStatus.FORBIDDEN)
                    .json(Map.of("error", "cross_origin", "message", "request from another site refused"));
            ctx.skipRemainingHandlers();
        }
    }

    /** Why {@code role} may not send {@code method} to {@code path}; null when it may. */
    static String refusal(UserRole role, String method, String rawPath) {
        String path = rawPath.replaceAll("/+", "/").toLowerCase(java.util.Locale.ROOT);
        if ((path.equals(USERS) || path.startsWith(USERS + "/")) && !role.mayManageUsers()) {
            return "only owners manage users";
        }
        if (!isRead(method) && !role.mayAct() && !path.startsWith(SEARCH)) {
            return "viewers may only look; this needs the role staff or owner";
        }
        return null;
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /** The role of the request's session (after {@link #requireSession}). */
    static UserRole role(Context ctx) {
        return session(ctx).role();
    }

    static DashboardSession session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /**
     * Before-handler of state-changing requests: the browser's {@code Origin} must be this very
     * site (SameSite=Strict already keeps the cookie off cross-site requests; this is the second lock).
     */
    static void requireSameOrigin(Context ctx) {
        if (!sameOrigin(ctx)) {
            ctx.status(HttpStatus.FORBIDDEN)
                    .json(Map.of("error", "cross_origin", "message", "request from another site refused"));
            ctx.skipRemainingHandlers();
        }
    }

    static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = Optional.ofNullable(ctx.header("X-Forwarded-Host")).orElse(ctx.header("Host"));
        if (origin == null || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return originHost.equalsIgnoreCase(host.strip()) && uri.getScheme().equals(https(ctx) ? "https" : "http");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean https(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    static void setCookie(Context ctx, String token, int maxAgeSeconds) {
        ctx.cookie(new Cookie(COOKIE, token, COOKIE_PATH, maxAgeSeconds, https(ctx), true, null, SameSite.STRICT));
    }

    static void clearCookie(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", COOKIE_PATH, 0, https(ctx), true, null, SameSite.STRICT));
    }
}
