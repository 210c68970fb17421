package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.LiveUpdateHub;
import com.askpro.booking.adapter.http.PrometheusMetrics;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.jobs.DbSchedulerJobs;
import com.askpro.booking.domain.port.LiveUpdates;
import java.time.Duration;

/**
 * What every part of the server shares: metrics, live updates (this instance's hub, shared through
 * Redis when configured), what instances share ({@link ClusterWiring}: change notifications,
 * limits), the durable background jobs, and the log correlation.
 *
 * @param live where use cases publish: Redis when configured, else the hub
 */
record Platform(PrometheusMetrics metrics, LiveUpdateHub hub, ClusterWiring cluster, LiveUpdates live, DbSchedulerJobs jobs,
        MdcCorrelation correlation) {

    static Platform create(Config config, Tuning tuning, JdbiPersistence db) {
        LiveUpdateHub hub = new LiveUpdateHub();
        ClusterWiring cluster = ClusterWiring.create(config, hub);
        DbSchedulerJobs jobs = new DbSchedulerJobs(db.dataSource(), config.jobThreads(), Duration.ofSeconds(1), tuning.sweepInterval());
        return new Platform(new PrometheusMetrics(), hub, cluster, cluster.live(), jobs, new MdcCorrelation());
    }
}
