package com.askpro.booking.adapter.http.dashboard;

import io.javalin.config.JavalinConfig;

/**
 * A dashboard view's own routes under {@code /dashboard/api/...}, added with {@link Dashboard#with}:
 * registered after the dashboard's own, so its session guard runs first and
 * {@link #session(io.javalin.http.Context)} is the signed-in tenant.
 */
public interface DashboardRoutes {

    void register(JavalinConfig config);

    /** The signed-in session of a request that passed the guard. */
    static com.askpro.booking.domain.access.DashboardSession session(io.javalin.http.Context ctx) {
        return DashboardGuard.session(ctx);
    }
}
