package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.calcom.CalcomCalendar;
import com.askpro.booking.adapter.calcom.CalcomConfig;
import com.askpro.booking.adapter.calcom.CalcomWebhookReader;
import com.askpro.booking.adapter.http.HttpServer;
import com.askpro.booking.adapter.http.api.AdminApi;
import com.askpro.booking.adapter.http.LiveUpdateHub;
import com.askpro.booking.adapter.http.RedisLiveUpdates;
import com.askpro.booking.adapter.http.PrometheusMetrics;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.PersistenceConfig;
import com.askpro.booking.adapter.persistence.jobs.DbSchedulerJobs;
import com.askpro.booking.adapter.retell.JacksonRetellPayloadReader;
import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.application.booking.BookAppointment;
import com.askpro.booking.application.booking.CalendarPush;
import com.askpro.booking.application.booking.CallersAppointments;
import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.CheckAvailability;
import com.askpro.booking.application.booking.FindMyAppointments;
import com.askpro.booking.application.booking.HandleFunctionCallService;
import com.askpro.booking.application.booking.ListServices;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.application.booking.SlotSearch;
import com.askpro.booking.application.call.AnswerInboundCallService;
import com.askpro.booking.application.cache.CachedServices;
import com.askpro.booking.application.cache.CachedStaffMembers;
import com.askpro.booking.application.cache.CachedTenantDirectory;
import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.application.call.RecordCallEvent;
import com.askpro.booking.application.calendar.ApplyCalcomWebhook;
import com.askpro.booking.application.calendar.BuiltInCalendar;
import com.askpro.booking.application.calendar.CalendarSelector;
import com.askpro.booking.application.calendar.ReceiveCalcomWebhookService;
import com.askpro.booking.application.calendar.SyncAppointment;
import com.askpro.booking.application.retell.RetellPayloadReader;
import com.askpro.booking.application.webhook.ProcessWebhookService;
import com.askpro.booking.application.webhook.ReceiveRetellEventService;
import com.askpro.booking.application.webhook.RescheduleDueWebhooks;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.webhook.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The composition root: builds every adapter and use case by hand from a {@link Config}, starts
 * the HTTP server and the background jobs, and stops them in the order that loses nothing:
 * stop accepting requests and finish in-flight ones, then finish running jobs, then close the
 * database pool. Anything acknowledged before that is stored and will be processed after restart.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    /** How long an instance keeps routing, services and staff before reading them again. */
    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    /** How often stored events that await processing but have no job are picked up again. */
    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(10);

    /** The Redis stream that carries live updates between instances (with {@code ASKPRO_REDIS_URL}). */
    static final String LIVE_STREAM = "askpro:live";

    /** Background job threads: processing must not crowd out the request threads that acknowledge webhooks. */
    static final int JOB_THREADS = Integer.getInteger("askpro.jobThreads", 2);

    private final JdbiPersistence persistence;
    private final DbSchedulerJobs jobs;
    private final HttpServer http;
    private final CachedTenantDirectory directory;
    private final RedisLiveUpdates redis;
    private final List<String> apiRoutes;
    private final PrivacyWiring privacy;

    private Server(JdbiPersistence persistence, DbSchedulerJobs jobs, HttpServer http, CachedTenantDirectory directory,
            List<String> apiRoutes, RedisLiveUpdates redis, PrivacyWiring privacy) {
        this.privacy = privacy;
        this.redis = redis;
        this.persistence = persistence;
        this.jobs = jobs;
        this.http = http;
        this.directory = directory;
        this.apiRoutes = List.copyOf(apiRoutes);
    }

    /** Opens the database (migrating it), wires everything and starts serving on the configured port. */
    public static Server start(Config config, Clock clock) {
        return start(config, clock, SWEEP_INTERVAL, UnaryOperator.identity());
    }

    /** As {@link #start(Config, Clock)}, with another interval of the webhook sweeper (tests). */
    static Server start(Config config, Clock clock, Duration sweepInterval) {
        return start(config, clock, sweepInterval, UnaryOperator.identity());
    }

    /** As {@link #start(Config, Clock)}, with the Cal.com client settings adjusted (tests shorten delays). */
    public static Server start(Config config, Clock clock, UnaryOperator<CalcomConfig> calcomTuning) {
        return start(config, clock, SWEEP_INTERVAL, calcomTuning);
    }

    private static Server start(Config config, Clock clock, Duration sweepInterval, UnaryOperator<CalcomConfig> calcomTuning) {
        JdbiPersistence persistence = PrivacyWiring.open(config);
        try {
            return wire(config, clock, persistence, sweepInterval, calcomTuning);
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
    }

    static PersistenceConfig persistenceConfig(Config config) {
        return new PersistenceConfig(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize(), config.dataDir());
    }

    private static Server wire(Config config, Clock clock, JdbiPersistence db, Duration sweepInterval,
            UnaryOperator<CalcomConfig> calcomTuning) {
        PrometheusMetrics metrics = new PrometheusMetrics();
        LiveUpdateHub hub = new LiveUpdateHub();
        RedisLiveUpdates redis = config.redisUrl() == null ? null : new RedisLiveUpdates(config.redisUrl(), LIVE_STREAM, hub);
        LiveUpdates live = redis == null ? hub : redis;
        MdcCorrelation correlation = new MdcCorrelation();
        DbSchedulerJobs jobs = new DbSchedulerJobs(db.dataSource(), JOB_THREADS, Duration.ofSeconds(1), sweepInterval);
        RetellSignatureVerifier verifier = new RetellSignatureVerifier(config.retellApiKeys());
        RetellPayloadReader reader = new JacksonRetellPayloadReader();
        CachedTenantDirectory directory = new CachedTenantDirectory(db.tenantDirectory(), CACHE_TTL, clock);
        Services services = new CachedServices(db.services(), CACHE_TTL, clock);
        StaffMembers staff = new CachedStaffMembers(db.staffMembers(), CACHE_TTL, clock);

        CalendarMetrics calendarMetrics = new CalendarMetrics(db.apiCallLog(), metrics.registry());
        CalcomCalendar calcom = new CalcomCalendar(calcomTuning.apply(CalcomConfig.defaults().withBaseUrl(config.calcomBaseUrl().toString())),
                calendarMetrics, clock, () -> Optional.ofNullable(MDC.get(MdcCorrelation.KEY)).orElse("background"));
        calendarMetrics.watchCircuits("calcom", calcom::circuitStates);
        CalcomWebhookReader calcomWebhooks = new CalcomWebhookReader(config.calcomWebhookSecret());
        if (config.calcomWebhookSecret() == null) {
            LOG.warn("ASKPRO_CALCOM_WEBHOOK_SECRET is not set: every Cal.com webhook will be refused (401)");
        }
        CalendarSelector calendar = new CalendarSelector(new BuiltInCalendar(db.appointments()), calcom);
        CallRegistry callRegistry = new CallRegistry(db.calls());
        SlotSearch search = new SlotSearch(services, staff, calendar);
        CalendarPush push = new CalendarPush(calendar, db.appointments(), jobs);
        CallersAppointments callers = new CallersAppointments(db.customers(), db.appointments());

        HandleFunctionCallService functions = new HandleFunctionCallService(verifier, reader, directory, callRegistry, List.of(
                new ListServices(services),
                new CheckAvailability(search),
                new BookAppointment(search, db.customers(), db.appointments(), db.timeSlotLocks(), callRegistry, push, live, metrics),
                new FindMyAppointments(callers, services, staff),
                new RescheduleAppointment(callers, search, services, staff, db.appointments(), callRegistry, push, live),
                new CancelAppointment(callers, db.appointments(), callRegistry, push, live)), metrics, clock);
        ProcessWebhookService processing = new ProcessWebhookService(db.webhookInbox(), reader,
                new RecordCallEvent(directory, db.calls(), db.customers(), live, clock), calcomWebhooks,
                new ApplyCalcomWebhook(db.companies(), db.appointments(), calcom, live, clock), jobs, RetryPolicy.WEBHOOKS,
                correlation, metrics, clock);
        SyncAppointment sync = new SyncAppointment(db.companies(), db.appointments(), services, db.customers(), calendar,
                jobs, live, clock);

        AdminApi adminApi = AdminWiring.adminApi(config, clock, db, jobs, services, staff);
        HttpServer http = HttpServer.create(new HttpServer.Endpoints(
                new ReceiveRetellEventService(verifier, reader, db.webhookInbox(), jobs, metrics, clock),
                new AnswerInboundCallService(verifier, reader, db.webhookInbox(), directory, services, db.customers(),
                        db.appointments(), metrics, clock),
                functions,
                OpsWiring.readiness(db, jobs, redis, calcom),
                metrics,
                new ReceiveCalcomWebhookService(calcomWebhooks, db.webhookInbox(), jobs, metrics, clock)), adminApi,
                DashboardWiring.create(config, clock, db, hub));
        jobs.start(new DbSchedulerJobs.Handlers(processing::process, sync::sync, new RescheduleDueWebhooks(db.webhookInbox(), jobs, clock)));
        http.start(config.httpHost(), config.httpPort());
        return new Server(db, jobs, http, directory, adminApi.routes(), redis, PrivacyWiring.start(db, metrics.registry(), clock));
    }

    public int port() {
        return http.port();
    }

    /** The routes of the admin and tenant API, as {@code "METHOD /api/v1/..."}. */
    public List<String> apiRoutes() {
        return apiRoutes;
    }

    public TenantDirectory directory() {
        return directory;
    }

    /** Forgets cached routing, e.g. after tenant data was written around the API (the demo tenant). */
    public void invalidateRouting() {
        directory.invalidateAll();
    }

    public JdbiPersistence persistence() {
        return persistence;
    }

    @Override
    public void close() {
        LOG.info("shutting down: draining HTTP requests");
        http.stop();
        LOG.info("shutting down: finishing running jobs");
        privacy.close();
        jobs.close();
        if (redis != null) {
            redis.close();
        }
        persistence.close();
        LOG.info("stopped");
    }
}
