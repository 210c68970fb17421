package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.LiveUpdateHub;
import com.askpro.booking.adapter.http.dashboard.Dashboard;
import com.askpro.booking.adapter.http.dashboard.DashboardUserRoutes;
import com.askpro.booking.adapter.http.dashboard.DeadLetterRoutes;
import com.askpro.booking.adapter.http.dashboard.InsightsRoutes;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.WebhookEventAdministration;
import com.askpro.booking.application.dashboard.DashboardCharts;
import com.askpro.booking.application.dashboard.DashboardSearch;
import com.askpro.booking.application.dashboard.DashboardSignIn;
import com.askpro.booking.application.dashboard.DashboardViews;
import com.askpro.booking.domain.port.BackgroundJobs;
import java.time.Clock;
import java.time.Duration;

/** Wires the live dashboard: sign-in with e-mail and password or a tenant API key, sessions in the database, views and stream. */
final class DashboardWiring {

    /** How long a dashboard sign-in lasts (fixed, not sliding). */
    static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    private DashboardWiring() {}

    static Dashboard create(
            Config config,
            Clock clock,
            JdbiPersistence db,
            LiveUpdateHub live,
            ClusterWiring cluster,
            BackgroundJobs jobs) {
        DashboardSignIn signIn = new DashboardSignIn(
                new Authenticate(db.apiKeys(), db.companies(), config.adminKey()),
                db.dashboardSessions(),
                db.dashboardUsers(),
                UserWiring.PASSWORDS,
                SESSION_LIFETIME,
                clock);
        DashboardViews views = new DashboardViews(
                db.companies(),
                db.branches(),
                db.services(),
                db.staffMembers(),
                db.customers(),
                db.calls(),
                db.appointments(),
                db.webhookInbox(),
                db.notificationOutbox(),
                clock);
        return new Dashboard(signIn, views, live, cluster.failedAuthentication(), TimelineWiring.timeline(db))
                .with(new DashboardUserRoutes(UserWiring.administration(db, clock)))
                .with(new DeadLetterRoutes(
                        new WebhookEventAdministration(db.webhookInbox(), jobs, db.auditLog(), clock),
                        NotificationWiring.administration(db, clock)))
                .with(insights(clock, db));
    }

    /** The charts and the search of calls and appointments. */
    static InsightsRoutes insights(Clock clock, JdbiPersistence db) {
        return new InsightsRoutes(
                new DashboardCharts(db.companies(), db.dashboardQueries(), clock),
                new DashboardSearch(
                        db.companies(),
                        db.branches(),
                        db.services(),
                        db.staffMembers(),
                        db.customers(),
                        db.appointments(),
                        db.notificationOutbox(),
                        db.dashboardQueries()));
    }
}
