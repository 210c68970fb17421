package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.api.AdminApi;
import com.askpro.booking.adapter.http.api.RetellRoutes;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.admin.ActivityQueries;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.BranchAdministration;
import com.askpro.booking.application.admin.CompanyAdministration;
import com.askpro.booking.application.admin.ManageApiKeys;
import com.askpro.booking.application.admin.PhoneNumberAdministration;
import com.askpro.booking.application.admin.ServiceAdministration;
import com.askpro.booking.application.admin.StaffAdministration;
import com.askpro.booking.application.admin.WebhookEventAdministration;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import java.time.Clock;

/** Composition of the admin and tenant API: its use cases on the persistence ports, and the HTTP adapter. */
final class AdminWiring {

    private AdminWiring() {}

    static ManageApiKeys apiKeys(JdbiPersistence db, Clock clock) {
        return new ManageApiKeys(db.apiKeys(), db.companies(), db.auditLog(), clock);
    }

    static AdminApi adminApi(
            Config config,
            Clock clock,
            JdbiPersistence db,
            BackgroundJobs jobs,
            Services services,
            StaffMembers staff,
            RetellRoutes.UseCases retell,
            ClusterWiring cluster) {
        ManageApiKeys keys = apiKeys(db, clock);
        return new AdminApi(
                new AdminApi.UseCases(
                        new Authenticate(db.apiKeys(), db.companies(), config.adminKey()),
                        new CompanyAdministration(db.companies(), keys, db.auditLog(), clock),
                        keys,
                        new BranchAdministration(db.branches(), db.companies()),
                        new PhoneNumberAdministration(db.phoneNumbers(), db.branches(), db.companies()),
                        new ServiceAdministration(services, db.branches()),
                        new StaffAdministration(staff, db.branches(), services),
                        new ActivityQueries(
                                db.customers(), db.calls(), db.appointments(), db.branches(), db.companies()),
                        new WebhookEventAdministration(db.webhookInbox(), jobs, db.auditLog(), clock),
                        PrivacyWiring.routes(db, clock),
                        TimelineWiring.timeline(db),
                        NotificationWiring.administration(db, clock),
                        UserWiring.administration(db, clock)),
                retell,
                cluster.apiLimits(),
                cluster.failedAuthentication());
    }
}
