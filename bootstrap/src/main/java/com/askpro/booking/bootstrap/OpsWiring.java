package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.calcom.CalcomCalendar;
import com.askpro.booking.adapter.http.BackupController;
import com.askpro.booking.adapter.http.HealthCheck;
import com.askpro.booking.adapter.http.HttpServer;
import com.askpro.booking.adapter.http.PrometheusMetrics;
import com.askpro.booking.adapter.persistence.JdbiDatabaseBackup;
import com.askpro.booking.adapter.persistence.JdbiOperationalStats;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.jobs.DbSchedulerJobs;
import com.askpro.booking.adapter.persistence.jobs.WebhookQueueWorker;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.BackUpDatabase;
import com.askpro.booking.application.port.OperationalStats;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's wiring (issue 22): readiness checks, and the other operational hooks of the
 * server, kept out of {@link Server} so that it stays a list of one-line hooks.
 */
final class OpsWiring {

    private static final Logger LOG = LoggerFactory.getLogger(OpsWiring.class);

    /** How long one reading of the backlog serves the gauges (several scrapes, one set of queries). */
    static final Duration STATS_TTL = Duration.ofSeconds(5);

    private OpsWiring() {}

    /**
     * The operational meters beyond the application's counters: build info, the database pool
     * (HikariCP's own {@code hikaricp_connections_*}), and the backlog gauges read through
     * {@link OperationalStats} (webhook queue depth and age, dead letters, due jobs and their age,
     * active calls).
     */
    static void metrics(PrometheusMetrics metrics, JdbiPersistence db, Clock clock) {
        BuildInfo build = BuildInfo.current();
        metrics.buildInfo(build.version(), build.commit());
        if (db.dataSource() instanceof HikariDataSource pool) {
            pool.setMetricRegistry(metrics.registry());
        }
        Backlog backlog = new Backlog(new JdbiOperationalStats(db.dataSource()), clock);
        metrics.gauge(
                "askpro_webhook_queue_depth",
                "Stored webhook events awaiting processing (received or to be retried)",
                backlog.of(s -> s.webhooksWaiting()));
        metrics.gauge(
                "askpro_webhook_queue_oldest_age_seconds",
                "Age of the oldest webhook event awaiting processing (0: none)",
                backlog.of(s -> s.oldestWaiting().toMillis() / 1000.0));
        metrics.gauge(
                "askpro_webhook_dead_letters",
                "Webhook events given up after their last attempt (status DEAD)",
                backlog.of(s -> s.deadLetters()));
        metrics.gauge(
                "askpro_jobs_due",
                "Background jobs due but not yet picked by any instance",
                backlog.of(s -> s.jobsDue()));
        metrics.gauge(
                "askpro_jobs_oldest_due_age_seconds",
                "How long the longest-due background job has waited (0: none)",
                backlog.of(s -> s.oldestJobDue().toMillis() / 1000.0));
        metrics.gauge(
                "askpro_calls_active",
                "Calls registered or started and not yet ended (SPEC 4.7)",
                backlog.of(s -> s.activeCalls()));
    }

    /** The operator's routes: {@code POST /admin/backup} (online backup of the embedded database). */
    static List<HttpServer.Routes> routes(Config config, JdbiPersistence db, Clock clock) {
        BackUpDatabase backUp = new BackUpDatabase(
                new JdbiDatabaseBackup(
                        db.dataSource(), db.isPostgres(), config.dataDir().resolve("backups")),
                db.auditLog(),
                clock);
        return List.of(new BackupController(new Authenticate(db.apiKeys(), db.companies(), config.adminKey()), backUp));
    }

    /** One reading of {@link OperationalStats} shared by the gauges for {@link #STATS_TTL}; NaN while the database fails. */
    private static final class Backlog {
        private final OperationalStats stats;
        private final Clock clock;
        private OperationalStats.Snapshot last;
        private Instant readAt = Instant.MIN;

        Backlog(OperationalStats stats, Clock clock) {
            this.stats = stats;
            this.clock = clock;
        }

        java.util.function.Supplier<Number> of(ToDoubleFunction<OperationalStats.Snapshot> figure) {
            return () -> {
                OperationalStats.Snapshot snapshot = current();
                return snapshot == null ? Double.NaN : figure.applyAsDouble(snapshot);
            };
        }

        private synchronized OperationalStats.Snapshot current() {
            Instant now = clock.instant();
            if (readAt.plus(STATS_TTL).isAfter(now)) {
                return last;
            }
            readAt = now;
            try {
                last = stats.read(now);
            } catch (RuntimeException e) {
                LOG.warn("backlog gauges unavailable: {}", e.toString());
                last = null;
            }
            return last;
        }
    }

    /**
     * Readiness, also exported as {@code askpro_health_check_ok{check,critical}} for the alert on it:
     * the database and job processing are critical (503 without them); Redis and the
     * Cal.com circuits are worked around and reported as degraded with a 200.
     */
    static List<HealthCheck> readiness(
            PrometheusMetrics metrics,
            JdbiPersistence db,
            DbSchedulerJobs jobs,
            WebhookQueueWorker webhooks,
            HealthCheck redis,
            CalcomCalendar calcom) {
        // webhooks null: this instance does not process the queue (ASKPRO_WEBHOOK_PROCESSING=off)
        List<HealthCheck> checks =
                readiness(db, () -> jobs.isRunning() && (webhooks == null || webhooks.isRunning()), redis, calcom);
        for (HealthCheck check : checks) {
            metrics.gauge(
                    "askpro_health_check_ok",
                    "Readiness checks at scrape time: 1 passing, 0 failing; "
                            + "critical=true ones answer 503 on /health/ready",
                    () -> passes(check) ? 1 : 0,
                    "check",
                    check.name(),
                    "critical",
                    Boolean.toString(check.critical()));
        }
        return checks;
    }

    private static boolean passes(HealthCheck check) {
        try {
            return check.problem().get().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code jobsRunning}: the scheduled jobs and the webhook queue's worker are both processing. */
    static List<HealthCheck> readiness(
            JdbiPersistence db, BooleanSupplier jobsRunning, HealthCheck redis, CalcomCalendar calcom) {
        return List.of(
                new HealthCheck("database", () -> db.ping() ? Optional.empty() : Optional.of("database unreachable")),
                new HealthCheck(
                        "jobs",
                        () -> jobsRunning.getAsBoolean() ? Optional.empty() : Optional.of("background jobs stopped")),
                redis,
                HealthCheck.degrading("calendar_circuits", () -> {
                    String open = calcom.circuitStates().entrySet().stream()
                            .filter(e -> e.getValue().equalsIgnoreCase("open"))
                            .map(e -> e.getKey())
                            .sorted()
                            .collect(Collectors.joining(", "));
                    return open.isEmpty()
                            ? Optional.empty()
                            : Optional.of("Cal.com circuit open for credential " + open
                                    + ": bookings of these tenants are kept pending and synced later");
                }));
    }
}
