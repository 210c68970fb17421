package com.askpro.booking.adapter.http.dashboard;

import com.askpro.booking.adapter.http.LiveUpdateHub;
import com.askpro.booking.adapter.http.api.TimelineRoutes;
import com.askpro.booking.adapter.http.cluster.FailedAuthentication;
import com.askpro.booking.application.dashboard.DashboardSignIn;
import com.askpro.booking.application.dashboard.DashboardViews;
import com.askpro.booking.application.timeline.CallTimeline;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.tenant.TenantContext;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Adapter: the live dashboard. {@code GET /} is the page (plain HTML, CSS and JavaScript from the
 * classpath, no build step); {@code /dashboard/session} signs in and out; {@code /dashboard/api/*}
 * answers the signed-in tenant's views as JSON; {@code /dashboard/events} streams its updates.
 */
public final class Dashboard implements AutoCloseable {

    static final String ASSETS = "/com/askpro/booking/adapter/http/dashboard/assets";

    private final DashboardSignIn signIn;
    private final DashboardViews views;
    private final DashboardGuard guard;
    private final DashboardStream stream;
    private final FailedAuthentication failures;
    private final CallTimeline timeline;
    private final byte[] page;
    private final java.util.List<DashboardRoutes> viewRoutes = new java.util.ArrayList<>();

    public Dashboard(DashboardSignIn signIn, DashboardViews views, LiveUpdateHub hub) {
        this(signIn, views, hub, FailedAuthentication.unlimited());
    }

    /** {@code failures}: the limit on failed sign-ins per client address (429 once used up). */
    public Dashboard(DashboardSignIn signIn, DashboardViews views, LiveUpdateHub hub, FailedAuthentication failures) {
        this(signIn, views, hub, failures, null);
    }

    /** As above, with each call's debug timeline in the call detail ({@code timeline} null: none). */
    public Dashboard(
            DashboardSignIn signIn,
            DashboardViews views,
            LiveUpdateHub hub,
            FailedAuthentication failures,
            CallTimeline timeline) {
        this.signIn = signIn;
        this.timeline = timeline;
        this.failures = failures;
        this.views = views;
        this.guard = new DashboardGuard(signIn);
        this.stream = new DashboardStream(hub, views, signIn);
        this.page = resource("index.html");
    }

    /** Adds a view's own routes, registered after (behind the guard of) the dashboard's. */
    public Dashboard with(DashboardRoutes routes) {
        viewRoutes.add(routes);
        return this;
    }

    /** Adds the dashboard's routes and assets to a Javalin configuration; stops its streams with the server. */
    public void register(JavalinConfig config) {
        config.events.serverStopping(this::close);
        config.staticFiles.add(files -> {
            files.hostedPath = "/dashboard/assets";
            files.directory = ASSETS;
            files.location = Location.CLASSPATH;
            files.headers = DashboardGuard.HEADERS;
        });
        config.routes.before("/", DashboardGuard::securityHeaders);
        config.routes.before("/dashboard/*", DashboardGuard::securityHeaders);
        config.routes.before("/dashboard/session", DashboardGuard::requireSameOrigin);
        config.routes.before("/dashboard/api/*", guard::requireSession);
        config.routes.before("/dashboard/events", guard::requireSession);

        config.routes.get(
                "/",
                ctx -> ctx.contentType("text/html; charset=utf-8")
                        .header("Cache-Control", "no-cache")
                        .result(page));
        config.routes.post("/dashboard/session", this::signIn);
        config.routes.delete("/dashboard/session", this::signOut);
        config.routes.get("/dashboard/api/me", this::me);
        config.routes.get(
                "/dashboard/api/calls",
                ctx -> DashboardJson.answer(
                        ctx,
                        Map.of("items", views.calls(DashboardGuard.session(ctx).tenant()))));
        config.routes.get("/dashboard/api/calls/{id}", ctx -> one(ctx, (tenant, id) -> views.callDetail(tenant, id)));
        if (timeline != null) {
            config.routes.get(
                    "/dashboard/api/calls/{id}/timeline",
                    ctx -> one(
                            ctx,
                            (tenant, id) ->
                                    timeline.of(tenant, new CallId(id)).map(TimelineRoutes.TimelineResource::of)));
        }
        config.routes.get(
                "/dashboard/api/appointments",
                ctx -> DashboardJson.answer(
                        ctx,
                        Map.of(
                                "items",
                                views.appointments(DashboardGuard.session(ctx).tenant()))));
        config.routes.get(
                "/dashboard/api/figures",
                ctx -> DashboardJson.answer(
                        ctx, views.figures(DashboardGuard.session(ctx).tenant())));
        config.routes.sse(
                "/dashboard/events",
                client -> stream.open(
                        client,
                        DashboardGuard.session(client.ctx()),
                        client.ctx().cookie(DashboardGuard.COOKIE)));
        viewRoutes.forEach(routes -> routes.register(config));
    }

    private void signIn(Context ctx) {
        OptionalLong blocked = failures.refusal(ctx);
        if (blocked.isPresent()) {
            ctx.header("Retry-After", Long.toString(blocked.getAsLong()))
                    .status(HttpStatus.TOO_MANY_REQUESTS)
                    .json(Map.of(
                            "error",
                            "too_many_attempts",
                            "message",
                            "too many failed sign-ins from this address; retry after " + blocked.getAsLong() + " s"));
            return;
        }
        String email = ctx.formParam("email");
        if (email != null) {
            signInUser(ctx, email.strip().toLowerCase(Locale.ROOT), ctx.formParam("password"));
            return;
        }
        String key = Optional.ofNullable(ctx.formParam("key")).orElse(ctx.header("X-Api-Key"));
        DashboardSignIn.Outcome outcome = signIn.signIn(key == null ? null : key.strip());
        if (outcome instanceof DashboardSignIn.Outcome.Opened opened) {
            DashboardGuard.setCookie(
                    ctx, opened.token(), (int) signIn.lifetime().toSeconds());
            ctx.header("Cache-Control", "no-store").status(HttpStatus.NO_CONTENT);
        } else if (outcome instanceof DashboardSignIn.Outcome.PlatformKey) {
            ctx.status(HttpStatus.FORBIDDEN)
                    .json(Map.of(
                            "error",
                            "platform_key",
                            "message",
                            "the platform key has no dashboard; use a tenant API key"));
        } else {
            failures.failed(ctx);
            ctx.status(HttpStatus.UNAUTHORIZED)
                    .json(Map.of("error", "invalid_key", "message", "this API key is unknown, revoked or inactive"));
        }
    }

    /** E-mail and password: limited per address (above) and per account ({@code account:<email>} in the same limiter). */
    private void signInUser(Context ctx, String email, String password) {
        String account = "account:" + email;
        OptionalLong blocked = failures.refusal(account);
        if (blocked.isPresent()) {
            failures.failed(ctx);
            ctx.header("Retry-After", Long.toString(blocked.getAsLong()))
                    .status(HttpStatus.TOO_MANY_REQUESTS)
                    .json(Map.of(
                            "error",
                            "too_many_attempts",
                            "message",
                            "too many failed sign-ins for this account; retry after " + blocked.getAsLong() + " s"));
            return;
        }
        DashboardSignIn.Outcome outcome = signIn.signInUser(email, password);
        if (outcome instanceof DashboardSignIn.Outcome.Opened opened) {
            DashboardGuard.setCookie(
                    ctx, opened.token(), (int) signIn.lifetime().toSeconds());
            ctx.header("Cache-Control", "no-store").status(HttpStatus.NO_CONTENT);
        } else {
            failures.failed(ctx);
            failures.failed(account);
            ctx.status(HttpStatus.UNAUTHORIZED)
                    .json(Map.of(
                            "error",
                            "invalid_credentials",
                            "message",
                            "e-mail address or password is wrong, or the user is inactive"));
        }
    }

    /** What {@code GET /dashboard/api/me} answers: the company, the session's role and its user ({@code user} null for an API key). */
    record Me(
            String companyName,
            String timeZone,
            String language,
            String role,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
            Map<String, String> user) {}

    private void me(Context ctx) {
        var session = DashboardGuard.session(ctx);
        var tenant = views.tenant(session.tenant());
        DashboardJson.answer(
                ctx,
                new Me(
                        tenant.companyName(),
                        tenant.timeZone(),
                        tenant.language(),
                        session.role().code(),
                        signIn.user(session)
                                .map(u -> Map.of("id", u.id().toString(), "name", u.name()))
                                .orElse(null)));
    }

    private void signOut(Context ctx) {
        signIn.signOut(ctx.cookie(DashboardGuard.COOKIE));
        DashboardGuard.clearCookie(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static void one(Context ctx, BiFunction<TenantContext, UUID, Optional<?>> find) {
        UUID id;
        try {
            id = UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            id = null;
        }
        Optional<?> found = id == null
                ? Optional.empty()
                : find.apply(DashboardGuard.session(ctx).tenant(), id);
        if (found.isPresent()) {
            DashboardJson.answer(ctx, found.get());
        } else {
            ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "not_found"));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Dashboard.class.getResourceAsStream(ASSETS + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard asset missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stream.close();
    }
}
