package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.LiveUpdateHub;
import com.askpro.booking.adapter.http.PrometheusMetrics;
import com.askpro.booking.adapter.http.RedisLiveUpdates;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.jobs.DbSchedulerJobs;
import com.askpro.booking.domain.port.LiveUpdates;
import java.time.Duration;

/**
 * What every part of the server shares: metrics, live updates (this instance's hub, shared through
 * Redis when configured), the durable background jobs, and the log correlation.
 *
 * @param redis null without {@code ASKPRO_REDIS_URL}
 * @param live where use cases publish: Redis when configured, else the hub
 */
record Platform(PrometheusMetrics metrics, LiveUpdateHub hub, RedisLiveUpdates redis, LiveUpdates live, DbSchedulerJobs jobs,
        MdcCorrelation correlation) {

    static Platform create(Config config, Tuning tuning, JdbiPersistence db) {
        LiveUpdateHub hub = new LiveUpdateHub();
        RedisLiveUpdates redis = config.redisUrl() == null ? null : new RedisLiveUpdates(config.redisUrl(), tuning.liveStream(), hub);
        DbSchedulerJobs jobs = new DbSchedulerJobs(db.dataSource(), config.jobThreads(), Duration.ofSeconds(1), tuning.sweepInterval());
        return new Platform(new PrometheusMetrics(), hub, redis, redis == null ? hub : redis, jobs, new MdcCorrelation());
    }
}
