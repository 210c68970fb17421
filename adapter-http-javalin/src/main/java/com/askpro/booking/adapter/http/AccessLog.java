package com.askpro.booking.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * After every request: one access log line (logger {@code askpro.access}: method, route, status,
 * duration, correlation id) and the timer {@code http_server_requests_seconds{method,route,status}}.
 * The route is the template of the matched handler ({@code /api/v1/calls/{id}}), never the raw
 * path, so the labels stay few and no number or id from a path reaches logs or metrics;
 * {@code unmatched} for 404s and {@code static} for the dashboard's files.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("askpro.access");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private AccessLog() {}

    static void record(Context ctx, float ms, MeterRegistry registry) {
        record(ctx.method().name(), route(ctx), ctx.statusCode(), ms, RequestCorrelation.of(ctx), registry);
    }

    /** The line and the timer for a request served outside the Javalin routes (a mounted servlet). */
    static void record(String method, String route, int status, float ms, String correlation, MeterRegistry registry) {
        String upper = method.toUpperCase(Locale.ROOT);
        String boundedMethod = METHODS.contains(upper) ? upper : "OTHER";
        Duration duration = Duration.ofNanos((long) (ms * 1_000_000));
        Timer.builder("http_server_requests")
                .description("HTTP requests served, by route template and status")
                .tag("method", boundedMethod)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(duration);
        // The request's own context was cleared by the last after-handler: the access line gets it back.
        try (MDC.MDCCloseable id = MDC.putCloseable(RequestCorrelation.MDC_KEY, correlation)) {
            LOG.atInfo()
                    .addKeyValue("method", boundedMethod)
                    .addKeyValue("route", route)
                    .addKeyValue("status", status)
                    .addKeyValue("duration_ms", Math.round(ms * 10) / 10.0)
                    .log("{} {} {} {} ms", boundedMethod, route, status, String.format(Locale.ROOT, "%.1f", ms));
        }
    }

    /** The template of the HTTP handler that served the request. */
    static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null && endpoint.method != HandlerType.BEFORE && endpoint.method != HandlerType.AFTER) {
            return endpoint.path;
        }
        return ctx.statusCode() == 404 || ctx.statusCode() == 405 ? "unmatched" : "static";
    }
}
