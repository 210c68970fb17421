package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.calcom.CalcomCalendar;
import com.askpro.booking.adapter.http.HealthCheck;
import com.askpro.booking.adapter.http.RedisLiveUpdates;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.jobs.DbSchedulerJobs;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The operator's wiring (issue 22): readiness checks, and the other operational hooks of the
 * server, kept out of {@link Server} so that it stays a list of one-line hooks.
 */
final class OpsWiring {

    private OpsWiring() {
    }

    /**
     * Readiness: the database and job processing are critical (503 without them); Redis and the
     * Cal.com circuits are worked around and reported as degraded with a 200.
     */
    static List<HealthCheck> readiness(JdbiPersistence db, DbSchedulerJobs jobs, RedisLiveUpdates redis, CalcomCalendar calcom) {
        return List.of(
                new HealthCheck("database", () -> db.ping() ? Optional.empty() : Optional.of("database unreachable")),
                new HealthCheck("jobs", () -> jobs.isRunning() ? Optional.empty() : Optional.of("background jobs stopped")),
                HealthCheck.degrading("cache", () -> redis == null || redis.isReachable() ? Optional.empty()
                        : Optional.of("Redis unreachable: live updates reach this instance's dashboards only")),
                HealthCheck.degrading("calendar_circuits", () -> {
                    String open = calcom.circuitStates().entrySet().stream()
                            .filter(e -> e.getValue().equalsIgnoreCase("open"))
                            .map(e -> e.getKey()).sorted().collect(Collectors.joining(", "));
                    return open.isEmpty() ? Optional.empty()
                            : Optional.of("Cal.com circuit open for credential " + open
                                    + ": bookings of these tenants are kept pending and synced later");
                }));
    }
}
