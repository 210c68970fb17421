package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.LiveUpdateHub;
import com.askpro.booking.adapter.http.dashboard.Dashboard;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.admin.ApiKeySecrets;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.dashboard.DashboardSignIn;
import com.askpro.booking.application.dashboard.DashboardViews;
import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.port.ApiKeys;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Clock;
import java.time.Duration;

/** Wires the live dashboard: sign-in with tenant API keys, sessions in the database, views and stream. */
final class DashboardWiring {

    /** How long a dashboard sign-in lasts (fixed, not sliding). */
    static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    private DashboardWiring() {
    }

    static Dashboard create(Config config, Clock clock, JdbiPersistence db, LiveUpdateHub live) {
        DashboardSignIn signIn = new DashboardSignIn(new Authenticate(db.apiKeys(), db.companies(), config.adminKey()),
                db.dashboardSessions(), SESSION_LIFETIME, clock);
        DashboardViews views = new DashboardViews(db.companies(), db.branches(), db.services(), db.staffMembers(), db.customers(),
                db.calls(), db.appointments(), db.webhookInbox(), clock);
        return new Dashboard(signIn, views, live);
    }

    /**
     * Stores {@code keyText} as a tenant admin key of {@code company} unless it is stored already
     * (the same text always derives the same prefix); answers whether it may be used for {@code company}.
     */
    static boolean ensureTenantKey(ApiKeys keys, CompanyId company, String keyText, String label, Clock clock) {
        ApiKeySecrets.Parts parts = ApiKeySecrets.parts(keyText);
        var existing = keys.findByPrefix(parts.prefix());
        if (existing.isPresent()) {
            return company.equals(existing.get().companyId()) && existing.get().isActive();
        }
        keys.add(ApiKey.issue(ApiKeyId.newId(), company, ApiKeyRole.TENANT_ADMIN, parts.prefix(), parts.secretHash(), label,
                clock.instant()));
        return true;
    }
}
