package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.HealthCheck;
import com.askpro.booking.adapter.http.LiveUpdateHub;
import com.askpro.booking.adapter.http.RedisLiveUpdates;
import com.askpro.booking.adapter.http.cluster.ClientAddresses;
import com.askpro.booking.adapter.http.cluster.FailedAuthentication;
import com.askpro.booking.adapter.http.cluster.LocalRateLimiter;
import com.askpro.booking.adapter.http.cluster.RateLimiter;
import com.askpro.booking.adapter.http.cluster.RedisChangeNotifications;
import com.askpro.booking.adapter.http.cluster.RedisLink;
import com.askpro.booking.adapter.http.cluster.RedisRateLimiter;
import com.askpro.booking.application.cache.LocalChangeNotifications;
import com.askpro.booking.application.calendar.AvailabilityInvalidation;
import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.domain.port.LiveUpdates;
import java.time.Duration;
import java.util.Optional;

/**
 * What the instances of a deployment share: with {@code ASKPRO_REDIS_URL}, change notifications
 * (cache invalidation), rate limits, failed-authentication limits and live updates go through
 * Redis, each falling back to this instance alone while Redis is unreachable; without it, all of
 * them are local (one instance works as before).
 */
final class ClusterWiring implements AutoCloseable {

    /** The window of every limit. */
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RedisLink link;
    private final ChangeNotifications changes;
    private final RedisChangeNotifications redisChanges;
    private final RedisLiveUpdates redisLive;
    private final LiveUpdates live;
    private final RateLimiter apiLimits;
    private final FailedAuthentication failedAuthentication;

    private ClusterWiring(Config config, LiveUpdateHub hub) {
        ClusterConfig cluster = config.cluster();
        ClientAddresses addresses = ClientAddresses.trusting(cluster.trustedProxies());
        if (config.redisUrl() == null) {
            link = null;
            redisChanges = null;
            redisLive = null;
            changes = new LocalChangeNotifications();
            live = hub;
            apiLimits = new LocalRateLimiter(config.apiRequestsPerMinute(), WINDOW);
            failedAuthentication =
                    new FailedAuthentication(new LocalRateLimiter(cluster.authFailuresPerMinute(), WINDOW), addresses);
        } else {
            link = new RedisLink(config.redisUrl(), cluster.redisPrefix());
            redisChanges = new RedisChangeNotifications(link);
            redisLive = new RedisLiveUpdates(link, hub);
            changes = redisChanges;
            live = redisLive;
            apiLimits = new RedisRateLimiter(link, "api", config.apiRequestsPerMinute(), WINDOW);
            failedAuthentication = new FailedAuthentication(
                    new RedisRateLimiter(link, "auth", cluster.authFailuresPerMinute(), WINDOW), addresses);
        }
    }

    static ClusterWiring create(Config config, LiveUpdateHub hub) {
        return new ClusterWiring(config, hub);
    }

    ChangeNotifications changes() {
        return changes;
    }

    LiveUpdates live() {
        return live;
    }

    RateLimiter apiLimits() {
        return apiLimits;
    }

    FailedAuthentication failedAuthentication() {
        return failedAuthentication;
    }

    /** Makes every appointment or calendar change of a company (on any instance) drop {@code cache}'s free slots of it. */
    void invalidateAvailability(AvailabilityInvalidation cache) {
        changes.subscribe(change -> {
            if (change instanceof ChangeNotifications.Change.Tenant tenant
                    && tenant.topic() == ChangeNotifications.Topic.AVAILABILITY) {
                cache.invalidateAll(tenant.company());
            }
        });
    }

    /** Readiness entry {@code cache} (Redis): degraded (still 200) while Redis is unreachable. */
    HealthCheck health() {
        return HealthCheck.degrading("cache", () -> link == null ? Optional.empty() : link.problem());
    }

    @Override
    public void close() {
        if (redisChanges != null) {
            redisChanges.close();
        }
        if (redisLive != null) {
            redisLive.close();
        }
        if (link != null) {
            link.close();
        }
    }
}
