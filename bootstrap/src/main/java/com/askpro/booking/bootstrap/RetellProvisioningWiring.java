package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.api.RetellRoutes;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.retell.provisioning.OkHttpRetellProvisioningApi;
import com.askpro.booking.adapter.retell.provisioning.OkHttpRetellWebhookProbe;
import com.askpro.booking.adapter.retell.provisioning.RetellAgentScript;
import com.askpro.booking.adapter.retell.provisioning.RetellApiConfig;
import com.askpro.booking.adapter.retell.tools.RetellToolCatalog;
import com.askpro.booking.application.onboarding.CheckProvisioning;
import com.askpro.booking.application.onboarding.EditAgentSettings;
import com.askpro.booking.application.onboarding.FindBranchOwner;
import com.askpro.booking.application.onboarding.ProvisionBranch;
import com.askpro.booking.application.onboarding.ProvisioningSettings;
import com.askpro.booking.application.onboarding.ProvisioningTargets;
import com.askpro.booking.application.onboarding.TestAgentSetup;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires Retell onboarding: the tool catalog, the OkHttp provisioning client, the onboarding use
 * cases (provision, check drift, agent settings, self-test) behind their routes, and the command
 * line's provisioning. System properties {@code askpro.retell.readTimeoutMs}
 * and {@code askpro.retell.retryDelayMs} shorten the client's timeouts and delays (tests).
 */
final class RetellProvisioningWiring {

    /** How long the self-test waits for the synthetic call to be processed. */
    static final Duration SELF_TEST_PROCESSING_TIMEOUT = Duration.ofSeconds(20);

    private RetellProvisioningWiring() {}

    static RetellRoutes.UseCases routes(
            Config config, Clock clock, JdbiPersistence db, Services services, StaffMembers staff) {
        RetellProvisioningConfig retell = config.retellProvisioning();
        RetellToolCatalog catalog = RetellToolCatalog.load();
        ProvisioningTargets targets = targets(retell, catalog, db, services, staff);
        VoiceAgentPlatform platform = platform(retell, catalog);
        return new RetellRoutes.UseCases(
                new ProvisionBranch(targets, db.retellBindings(), platform, clock),
                new CheckProvisioning(targets, db.retellBindings(), platform),
                new EditAgentSettings(db.retellBindings()),
                selfTest(config, clock, db, settings(retell)));
    }

    /** Provisioning alone, for the command line. */
    static ProvisionBranch provisioning(
            Config config, Clock clock, JdbiPersistence db, Services services, StaffMembers staff) {
        RetellProvisioningConfig retell = config.retellProvisioning();
        RetellToolCatalog catalog = RetellToolCatalog.load();
        return new ProvisionBranch(
                targets(retell, catalog, db, services, staff), db.retellBindings(), platform(retell, catalog), clock);
    }

    /** Who may provision a branch, for the command line (which has no API key). */
    static FindBranchOwner owners(JdbiPersistence db) {
        return new FindBranchOwner(db.companies(), db.branches());
    }

    private static ProvisioningTargets targets(
            RetellProvisioningConfig retell,
            RetellToolCatalog catalog,
            JdbiPersistence db,
            Services services,
            StaffMembers staff) {
        return new ProvisioningTargets(
                db.companies(),
                db.branches(),
                services,
                staff,
                db.phoneNumbers(),
                db.retellBindings(),
                new RetellAgentScript(),
                catalog.tools(),
                settings(retell));
    }

    private static VoiceAgentPlatform platform(RetellProvisioningConfig retell, RetellToolCatalog catalog) {
        return new OkHttpRetellProvisioningApi(apiConfig(retell), catalog);
    }

    private static TestAgentSetup selfTest(
            Config config, Clock clock, JdbiPersistence db, ProvisioningSettings settings) {
        String signingKey =
                config.retellApiKeys().isEmpty() ? null : config.retellApiKeys().get(0);
        return new TestAgentSetup(
                db.branches(),
                db.phoneNumbers(),
                db.calls(),
                new OkHttpRetellWebhookProbe(signingKey, Duration.ofSeconds(10), clock),
                settings,
                clock,
                SELF_TEST_PROCESSING_TIMEOUT);
    }

    static RetellApiConfig apiConfig(RetellProvisioningConfig retell) {
        RetellApiConfig api = RetellApiConfig.defaults(retell.retellBaseUrl(), retell.provisioningKey());
        Integer readMs = Integer.getInteger("askpro.retell.readTimeoutMs");
        if (readMs != null) {
            api = api.withTimeouts(Duration.ofMillis(readMs), Duration.ofMillis(readMs));
        }
        Integer delayMs = Integer.getInteger("askpro.retell.retryDelayMs");
        if (delayMs != null) {
            api = api.withRetries(
                    api.maxRetries(),
                    Duration.ofMillis(delayMs),
                    Duration.ofMillis(delayMs * 4L),
                    Duration.ofMillis(delayMs * 4L));
        }
        return api;
    }

    private static ProvisioningSettings settings(RetellProvisioningConfig retell) {
        return new ProvisioningSettings(retell.publicUrl(), retell.defaultVoiceId(), retell.provisioningKey() != null);
    }
}
