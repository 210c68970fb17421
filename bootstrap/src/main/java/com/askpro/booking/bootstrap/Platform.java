package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.LiveUpdateHub;
import com.askpro.booking.adapter.http.PrometheusMetrics;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.jobs.DbSchedulerJobs;
import com.askpro.booking.adapter.persistence.jobs.WebhookQueueWorker;
import com.askpro.booking.domain.port.LiveUpdates;
import java.time.Clock;
import java.time.Duration;

/**
 * What every part of the server shares: metrics, live updates (this instance's hub, shared through
 * Redis when configured), what instances share ({@link ClusterWiring}: change notifications,
 * limits), the durable background jobs, the webhook queue's worker, and the log correlation.
 *
 * @param live where use cases publish: Redis when configured, else the hub
 */
record Platform(
        PrometheusMetrics metrics,
        LiveUpdateHub hub,
        ClusterWiring cluster,
        LiveUpdates live,
        DbSchedulerJobs jobs,
        WebhookQueueWorker webhooks,
        MdcCorrelation correlation) {

    /** How long a claimed batch of webhook events stays leased without a heartbeat (the takeover time after a crash). */
    static final Duration WEBHOOK_LEASE = Duration.ofSeconds(15);

    static final int WEBHOOK_BATCH = 200;

    static Platform create(Config config, Tuning tuning, JdbiPersistence db) {
        LiveUpdateHub hub = new LiveUpdateHub();
        ClusterWiring cluster = ClusterWiring.create(config, hub);
        // PostgreSQL wakes idle workers by notification, so polling only finds retries that became due; H2 polls
        // briefly.
        Duration poll = min(tuning.sweepInterval(), db.isPostgres() ? Duration.ofMillis(500) : Duration.ofMillis(50));
        WebhookQueueWorker webhooks = new WebhookQueueWorker(
                db.webhookQueue(),
                new WebhookQueueWorker.Settings(WEBHOOK_BATCH, config.jobThreads() * 2, WEBHOOK_LEASE, poll),
                Clock.systemUTC());
        DbSchedulerJobs jobs =
                new DbSchedulerJobs(db.dataSource(), config.jobThreads(), Duration.ofSeconds(1), webhooks::wake);
        return new Platform(
                new PrometheusMetrics(), hub, cluster, cluster.live(), jobs, webhooks, new MdcCorrelation());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
