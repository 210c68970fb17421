package com.askpro.booking.adapter.http.api;

import com.askpro.booking.adapter.http.cluster.FailedAuthentication;
import com.askpro.booking.adapter.http.cluster.LocalRateLimiter;
import com.askpro.booking.adapter.http.cluster.RateLimiter;
import com.askpro.booking.application.admin.ActivityQueries;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.BranchAdministration;
import com.askpro.booking.application.admin.CompanyAdministration;
import com.askpro.booking.application.admin.ManageApiKeys;
import com.askpro.booking.application.admin.NotificationAdministration;
import com.askpro.booking.application.admin.PhoneNumberAdministration;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.admin.ServiceAdministration;
import com.askpro.booking.application.admin.StaffAdministration;
import com.askpro.booking.application.admin.UserAdministration;
import com.askpro.booking.application.admin.WebhookEventAdministration;
import com.askpro.booking.application.timeline.CallTimeline;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Adapter: the admin and tenant API under {@code /api/v1}. Keeps its own route table (so the
 * OpenAPI document can be checked against it), registers it with Javalin, and runs every call
 * through the {@link ApiGuard} and the one {@link Problems} mapping.
 */
public final class AdminApi {

    static final String OPENAPI_PATH = "/api/v1/openapi.json";

    /** The use cases behind the routes. */
    public record UseCases(
            Authenticate authenticate,
            CompanyAdministration companies,
            ManageApiKeys apiKeys,
            BranchAdministration branches,
            PhoneNumberAdministration phoneNumbers,
            ServiceAdministration services,
            StaffAdministration staff,
            ActivityQueries activity,
            WebhookEventAdministration webhookEvents,
            PrivacyRoutes.UseCases privacy,
            CallTimeline timeline,
            NotificationAdministration notifications,
            UserAdministration users) {}

    private final ApiGuard guard;
    private final List<ApiRoute> routes;
    private final byte[] openApi;

    /** {@code requestsPerMinute}: each key's rate limit, on this instance alone; failed authentication unlimited. */
    public AdminApi(UseCases useCases, int requestsPerMinute) {
        this(
                useCases,
                null,
                new LocalRateLimiter(requestsPerMinute, Duration.ofMinutes(1)),
                FailedAuthentication.unlimited());
    }

    /**
     * With the Retell onboarding routes ({@code retell} null: without them); {@code keyLimits}: each
     * key's rate limit; {@code failures}: the limit on failed authentication per address.
     */
    public AdminApi(
            UseCases useCases, RetellRoutes.UseCases retell, RateLimiter keyLimits, FailedAuthentication failures) {
        this.guard = new ApiGuard(useCases.authenticate(), keyLimits, failures);
        this.openApi = loadOpenApi();
        List<ApiRoute> table = new ArrayList<>();
        table.add(new ApiRoute(HandlerType.GET, OPENAPI_PATH, true, call -> Answer.ok(null)));
        table.addAll(PlatformRoutes.of(useCases.companies(), useCases.apiKeys()));
        table.addAll(TenantRoutes.of(
                useCases.branches(),
                useCases.phoneNumbers(),
                useCases.services(),
                useCases.staff(),
                useCases.activity(),
                useCases.webhookEvents(),
                useCases.notifications()));
        table.addAll(PrivacyRoutes.of(useCases.privacy()));
        table.addAll(NotificationRoutes.of(useCases.notifications()));
        table.addAll(TimelineRoutes.of(useCases.timeline()));
        if (useCases.users() != null) {
            table.addAll(UserRoutes.of(useCases.users()));
        }
        if (retell != null) {
            table.addAll(RetellRoutes.of(retell));
        }
        this.routes = List.copyOf(table);
    }

    /** Adds every route of the table to Javalin. */
    public void register(JavalinDefaultRoutingApi javalin) {
        for (ApiRoute route : routes) {
            javalin.addHttpHandler(route.method(), route.path(), ctx -> serve(route, ctx));
        }
        for (HandlerType method :
                List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)) {
            javalin.addHttpHandler(
                    method,
                    "/api/*",
                    ctx -> Problems.write(
                            ctx,
                            ApiProblem.of(
                                    404,
                                    "not-found",
                                    "Not found",
                                    "there is no " + ctx.method() + " " + ctx.path()
                                            + " in this API (see /api/v1/openapi.json)"),
                            requestId(ctx)));
        }
    }

    /** The registered routes as {@code "METHOD /path/{param}"}. */
    public List<String> routes() {
        return routes.stream().map(ApiRoute::describe).toList();
    }

    private void serve(ApiRoute route, Context ctx) {
        if (route.path().equals(OPENAPI_PATH)) {
            ctx.contentType("application/json").result(openApi);
            return;
        }
        try {
            Principal caller = guard.admit(ctx);
            Answer answer = route.handler().handle(new ApiCall(ctx, caller));
            ctx.status(answer.status());
            if (answer.body() != null) {
                ctx.contentType("application/json").result(ApiJson.MAPPER.writeValueAsBytes(answer.body()));
            }
        } catch (Exception e) {
            Problems.write(ctx, e, requestId(ctx));
        }
    }

    private static String requestId(Context ctx) {
        String id = ctx.res().getHeader("X-Request-Id");
        return id == null ? UUID.randomUUID().toString() : id;
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = AdminApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
