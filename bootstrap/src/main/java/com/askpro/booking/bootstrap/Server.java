package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.HttpServer;
import com.askpro.booking.adapter.http.api.AdminApi;
import com.askpro.booking.adapter.http.api.RetellRoutes;
import com.askpro.booking.adapter.mcp.McpToolServer;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.PersistenceConfig;
import com.askpro.booking.adapter.persistence.jobs.DbSchedulerJobs;
import com.askpro.booking.application.calendar.ReceiveCalcomWebhookService;
import com.askpro.booking.application.calendar.SyncAppointment;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every adapter and use case by hand from a {@link Config} (what an
 * operator sets) and a {@link Tuning} (what tests adjust), starts the HTTP server and the
 * background jobs, and stops them in the order that loses nothing: stop accepting requests and
 * finish in-flight ones, then finish running jobs, then close the database pool. Anything
 * acknowledged before that is stored and will be processed after restart.
 *
 * <p>Read {@link #wire} top to bottom: each line builds one part from the parts above it.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    /** The default sweep interval (tests that restart instances use it). */
    static final Duration SWEEP_INTERVAL = Tuning.defaults().sweepInterval();

    private final JdbiPersistence persistence;
    private final Platform platform;
    private final Catalog catalog;
    private final HttpServer http;
    private final List<String> apiRoutes;
    private final McpToolServer mcp;
    private final PrivacyWiring privacy;
    private final NotificationWiring notifications;
    private final AutoCloseable webhookListener;

    private Server(
            JdbiPersistence persistence,
            Platform platform,
            Catalog catalog,
            HttpServer http,
            List<String> apiRoutes,
            McpToolServer mcp,
            AutoCloseable webhookListener,
            PrivacyWiring privacy,
            NotificationWiring notifications) {
        this.webhookListener = webhookListener;
        this.mcp = mcp;
        this.privacy = privacy;
        this.notifications = notifications;
        this.persistence = persistence;
        this.platform = platform;
        this.catalog = catalog;
        this.http = http;
        this.apiRoutes = List.copyOf(apiRoutes);
    }

    /** Opens the database (migrating it), wires everything and starts serving on the configured port. */
    public static Server start(Config config, Clock clock) {
        return start(config, clock, Tuning.defaults());
    }

    /** As {@link #start(Config, Clock)}, with other internal tuning (tests). */
    public static Server start(Config config, Clock clock, Tuning tuning) {
        JdbiPersistence persistence = PrivacyWiring.open(config);
        try {
            return wire(config, tuning, clock, persistence);
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
    }

    static PersistenceConfig persistenceConfig(Config config) {
        return new PersistenceConfig(
                config.dbUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize(), config.dataDir());
    }

    private static Server wire(Config config, Tuning tuning, Clock clock, JdbiPersistence db) {
        Platform platform = Platform.create(config, tuning, db);
        db.publishChangesTo(platform.cluster().changes());
        NotificationWiring.attach(config, db, clock);
        OpsWiring.metrics(platform.metrics(), db, clock);
        Catalog catalog = Catalog.cached(db, tuning, clock, platform.cluster().changes());
        Calendars calendars = Calendars.create(config, tuning, clock, db, platform, catalog);
        BookingWiring.UseCases booking = BookingWiring.useCases(db, platform, catalog, calendars, clock);
        VoiceAgentPayloadReader payloadReader = VoiceAgentWiring.payloadReader();
        VoiceAgentWiring.Inbound voiceAgent =
                VoiceAgentWiring.inbound(config, clock, db, platform, catalog, booking, payloadReader);
        RetellRoutes.UseCases onboarding =
                RetellProvisioningWiring.routes(config, tuning, clock, db, catalog.services(), catalog.staff());
        AdminApi adminApi = AdminWiring.adminApi(
                config,
                clock,
                db,
                platform.jobs(),
                catalog.services(),
                catalog.staff(),
                onboarding,
                platform.cluster());
        McpToolServer mcp = McpWiring.create(
                config,
                clock,
                db,
                catalog.services(),
                catalog.staff(),
                booking,
                onboarding,
                platform.metrics().registry());
        HttpServer http = HttpServer.create(
                endpoints(config, clock, db, platform, calendars, voiceAgent),
                adminApi,
                DashboardWiring.create(config, clock, db, platform.hub(), platform.cluster(), platform.jobs())
                        .with(CalendarWiring.routes(db, catalog, booking, platform, clock)),
                List.of(McpWiring.mount(mcp, platform.cluster().failedAuthentication())),
                OpsWiring.routes(config, db, clock));

        platform.jobs().start(jobHandlers(clock, db, platform, catalog, calendars));
        WebhookWiring.startProcessing(config, clock, db, platform, catalog, calendars, payloadReader);
        AutoCloseable listener = db.onWebhooksStored(platform.webhooks()::wake);
        http.start(config.httpHost(), config.httpPort());
        return new Server(
                db,
                platform,
                catalog,
                http,
                adminApi.routes(),
                mcp,
                listener,
                PrivacyWiring.start(db, platform.metrics().registry(), clock),
                NotificationWiring.start(
                        config, db, catalog, platform.live(), platform.metrics().registry(), clock));
    }

    /** What the HTTP server answers outside the admin API and the dashboard: webhooks, functions, health. */
    private static HttpServer.Endpoints endpoints(
            Config config,
            Clock clock,
            JdbiPersistence db,
            Platform platform,
            Calendars calendars,
            VoiceAgentWiring.Inbound voiceAgent) {
        return new HttpServer.Endpoints(
                voiceAgent.callEvents(),
                voiceAgent.inboundCalls(),
                voiceAgent.functions(),
                OpsWiring.readiness(
                        platform.metrics(),
                        db,
                        platform.jobs(),
                        config.cluster().processesWebhooks() ? platform.webhooks() : null,
                        platform.cluster().health(),
                        calendars.calcom()),
                platform.metrics(),
                new ReceiveCalcomWebhookService(
                        calendars.calcomWebhooks(), db.webhookInbox(), platform.jobs(), platform.metrics(), clock));
    }

    /** What db-scheduler runs: calendar sync. */
    private static DbSchedulerJobs.Handlers jobHandlers(
            Clock clock, JdbiPersistence db, Platform platform, Catalog catalog, Calendars calendars) {
        SyncAppointment sync = new SyncAppointment(
                db.companies(),
                db.appointments(),
                catalog.services(),
                db.customers(),
                calendars.selector(),
                platform.jobs(),
                platform.live(),
                clock,
                platform.correlation());
        return new DbSchedulerJobs.Handlers(sync::sync);
    }

    public int port() {
        return http.port();
    }

    /** The routes of the admin and tenant API, as {@code "METHOD /api/v1/..."}. */
    public List<String> apiRoutes() {
        return apiRoutes;
    }

    /** Forgets cached routing, e.g. after tenant data was written around the API (the demo tenant). */
    public void invalidateRouting() {
        catalog.directory().invalidateAll();
    }

    public JdbiPersistence persistence() {
        return persistence;
    }

    @Override
    public void close() {
        LOG.info("shutting down: draining HTTP requests");
        http.stop();
        mcp.close();
        LOG.info("shutting down: finishing running jobs");
        privacy.close();
        notifications.close();
        platform.webhooks().close();
        closeQuietly(webhookListener);
        platform.jobs().close();
        platform.cluster().close();
        persistence.close();
        LOG.info("stopped");
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed", closeable, e);
        }
    }
}
