package com.askpro.booking.adapter.http.dashboard;

import com.askpro.booking.application.dashboard.DashboardCharts;
import com.askpro.booking.application.dashboard.DashboardSearch;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's insights: {@code GET /dashboard/api/insights} (the charts),
 * {@code POST /dashboard/api/search/calls} and {@code /search/appointments} with
 * {@code {"q": …, "cursor": …}} (POST so that a searched number or name never appears in a URL or
 * an access log), and the chart library uPlot from its WebJar under {@code /dashboard/vendor/uplot/}.
 */
public final class InsightsRoutes implements DashboardRoutes {

    /** The uPlot version of the WebJar on the classpath (see the adapter's pom). */
    static final String UPLOT_VERSION = "1.6.30";

    private final DashboardCharts charts;
    private final DashboardSearch search;

    public InsightsRoutes(DashboardCharts charts, DashboardSearch search) {
        this.charts = charts;
        this.search = search;
    }

    @Override
    public void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/dashboard/vendor/uplot";
            files.directory =
                    "/META-INF/resources/webjars/uplot/" + UPLOT_VERSION; // the jar has no entry for dist/ itself
            files.location = Location.CLASSPATH;
            files.headers = DashboardGuard.HEADERS;
        });
        config.routes.before("/dashboard/api/search/*", DashboardGuard::requireSameOrigin);
        config.routes.get(
                "/dashboard/api/insights",
                ctx -> DashboardJson.answer(
                        ctx, charts.charts(DashboardGuard.session(ctx).tenant())));
        config.routes.post("/dashboard/api/search/calls", ctx -> searched(ctx, true));
        config.routes.post("/dashboard/api/search/appointments", ctx -> searched(ctx, false));
    }

    private void searched(Context ctx, boolean calls) {
        String q;
        String cursor;
        try {
            JsonNode body = DashboardJson.object(ctx);
            if (body == null || !body.isObject()) {
                invalid(ctx, "body", "must be a JSON object with q and cursor");
                return;
            }
            q = text(body, "q");
            cursor = text(body, "cursor");
        } catch (IllegalArgumentException e) {
            invalid(ctx, "body", "must be a JSON object with q and cursor, both text");
            return;
        }
        var tenant = DashboardGuard.session(ctx).tenant();
        DashboardSearch.Outcome<?> outcome =
                calls ? search.calls(tenant, q, cursor) : search.appointments(tenant, q, cursor);
        if (outcome instanceof DashboardSearch.Outcome.Found<?> found) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("items", found.items());
            answer.put("next_cursor", found.nextCursor());
            DashboardJson.answer(ctx, answer);
        } else if (outcome instanceof DashboardSearch.Outcome.Invalid<?> bad) {
            invalid(ctx, bad.field(), bad.message());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is not text");
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    private static void invalid(Context ctx, String field, String message) {
        ctx.status(422).json(Map.of("error", "invalid_search", "field", field, "message", message));
    }
}
