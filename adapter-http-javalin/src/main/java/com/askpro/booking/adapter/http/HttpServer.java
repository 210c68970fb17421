package com.askpro.booking.adapter.http;

import com.askpro.booking.adapter.http.api.AdminApi;
import com.askpro.booking.adapter.http.dashboard.Dashboard;
import com.askpro.booking.application.calendar.ReceiveCalcomWebhook;
import com.askpro.booking.application.call.AnswerInboundCall;
import com.askpro.booking.application.port.SignedRequestHandler;
import com.askpro.booking.application.webhook.ReceiveCallEvent;
import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.Servlet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: the HTTP server (Javalin on Jetty). Registers every route in one place, gives each
 * request a correlation id, maps errors once, and never sends a stack trace to a client.
 */
public final class HttpServer {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    /** Largest accepted request body: a long call's {@code call_analyzed} with word timings fits. */
    public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    /** How long {@link #stop()} waits for in-flight requests. */
    static final long STOP_TIMEOUT_MS = 10_000;

    /** Open connections at most; more wait in the accept queue (see the connection limit in {@link #create}). */
    static final int MAX_CONNECTIONS = 400;

    /** Connections the kernel may hold waiting to be accepted (capped by {@code net.core.somaxconn}). */
    static final int ACCEPT_QUEUE = 2048;

    /** The use cases and checks the routes call; {@code functionCalls} is the voice agent's function protocol. */
    public record Endpoints(
            ReceiveCallEvent receiveRetellEvent,
            AnswerInboundCall answerInboundCall,
            SignedRequestHandler functionCalls,
            List<HealthCheck> readiness,
            PrometheusMetrics metrics,
            ReceiveCalcomWebhook receiveCalcomWebhook) {
        public Endpoints {
            readiness = List.copyOf(readiness);
        }
    }

    private final Javalin app;

    private HttpServer(Javalin app) {
        this.app = app;
    }

    /**
     * A servlet of another inbound adapter (e.g. the MCP server at {@code /mcp}) served on the same
     * port at exactly {@code path}; it answers for itself, outside the Javalin routes.
     */
    public record Mount(String path, Servlet servlet) {}

    /** Routes a part of the server adds for itself (e.g. the operator's backup route). */
    public interface Routes {
        void register(io.javalin.config.JavalinConfig config);
    }

    /**
     * The server with the admin and tenant API ({@code /api/v1}) when {@code adminApi} is not null,
     * the live dashboard ({@code /}, {@code /dashboard/*}) when {@code dashboard} is not null,
     * {@code mounts} served beside the routes and {@code more} routes registered after the dashboard's.
     */
    public static HttpServer create(
            Endpoints endpoints, AdminApi adminApi, Dashboard dashboard, List<Mount> mounts, List<Routes> more) {
        RetellController retell = new RetellController(
                endpoints.receiveRetellEvent(), endpoints.answerInboundCall(), endpoints.functionCalls());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new JettyErrors());
                // Admission control: beyond this many open connections Jetty stops accepting, so a flood waits
                // in the kernel's accept queue instead of in the heap (unbounded, 1,000 req/s of 20 KB events
                // filled a 256 MB heap).
                server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
                // ... and that queue must hold them: the JVM's default backlog of 50 refused connections instead
                server.addEventListener(new LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(LifeCycle event) {
                        for (Connector connector : server.getConnectors()) {
                            if (connector instanceof ServerConnector network) {
                                network.setAcceptQueueSize(ACCEPT_QUEUE);
                            }
                        }
                    }
                });
            });
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.jetty.modifyServletContextHandler(handler -> mounts.forEach(mount -> {
                ServletHolder holder = new ServletHolder(new LoggedServlet(
                        mount.servlet(), mount.path(), endpoints.metrics().registry()));
                holder.setAsyncSupported(true);
                handler.addServlet(holder, mount.path());
            }));
            config.requestLogger.http(
                    (ctx, ms) -> AccessLog.record(ctx, ms, endpoints.metrics().registry()));
            config.routes.before(RequestCorrelation::begin);
            config.routes.before(BodyLimit::check);
            config.routes.after(RequestCorrelation::end);

            config.routes.post("/webhooks/retell", retell::event);
            config.routes.post("/webhooks/retell/inbound", retell::inbound);
            config.routes.post("/webhooks/retell/functions", retell::function);
            config.routes.post("/webhooks/calcom", new CalcomController(endpoints.receiveCalcomWebhook())::webhook);

            if (adminApi != null) {
                adminApi.register(config.routes);
            }
            if (dashboard != null) {
                dashboard.register(config);
            }
            for (Routes routes : more) {
                routes.register(config);
            }

            config.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
            config.routes.get("/health/ready", ctx -> {
                Readiness readiness = Readiness.of(endpoints.readiness());
                ctx.status(readiness.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                        .json(readiness.body());
            });
            config.routes.get(
                    "/metrics",
                    ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                            .result(endpoints.metrics().scrape()));

            config.routes.exception(BodyLimit.TooLarge.class, (e, ctx) -> tooLarge(ctx));
            config.routes.exception(ContentTooLargeResponse.class, (e, ctx) -> tooLarge(ctx));
            config.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
        });
        return new HttpServer(app);
    }

    private static void tooLarge(Context ctx) {
        String detail = "request body larger than " + MAX_BODY_BYTES + " bytes";
        if (ctx.path().startsWith("/api/")) {
            problem(ctx, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large", detail);
        } else {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("error", detail));
        }
    }

    /**
     * The last-resort mapping: an exception nobody expected answers a problem+json 500 with the
     * request id (never a stack trace or the exception's text), is logged, and is counted.
     */
    static void unexpected(Context ctx, Exception e) {
        LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
        UnexpectedErrors.record(
                ctx.method() + " " + ctx.path() + ": " + e.getClass().getName());
        problem(
                ctx,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
                "the request failed; quote the request id when reporting it");
    }

    private static void problem(Context ctx, HttpStatus status, String slug, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://askpro.dev/problems/" + slug);
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", detail);
        body.put("instance", ctx.path());
        body.put("request_id", RequestCorrelation.of(ctx));
        // Kept for the clients of the webhook endpoints, which read "error".
        body.put("error", detail);
        try {
            ctx.status(status).contentType("application/problem+json").result(Json.MAPPER.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            ctx.status(status).result(title);
        }
    }

    public HttpServer start(String host, int port) {
        app.start(host, port);

        LOG.info("HTTP server listening on {}:{}", host, app.port());
        return this;
    }

    /** The port actually bound (useful after starting on port 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting requests and lets in-flight requests finish (Jetty's graceful stop). */
    public void stop() {
        app.stop();
    }
}
