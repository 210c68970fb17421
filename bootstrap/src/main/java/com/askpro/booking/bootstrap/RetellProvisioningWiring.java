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
 * line's provisioning. The client's timeouts and delays come from {@link Tuning#retell()} (tests
 * shorten them).
 */
final class RetellProvisioningWiring {

    /** How long the self-test waits for the synthetic call to be processed. */
    static final Duration SELF_TEST_PROCESSING_TIMEOUT = Duration.ofSeconds(20);

    private RetellProvisioningWiring() {}

    static RetellRoutes.UseCases routes(
            Config config, Tuning tuning, Clock clock, JdbiPersistence db, Services services, StaffMembers staff) {
        RetellProvisioningConfig retell = config.retellProvisioning();
        RetellToolCatalog catalog = RetellToolCatalog.load();
        ProvisioningTargets targets = targets(retell, catalog, db, services, staff);
        VoiceAgentPlatform platform = platform(apiConfig(retell, tuning), catalog);
        return new RetellRoutes.UseCases(
                new ProvisionBranch(targets, db.retellBindings(), platform, clock),
                new CheckProvisioning(targets, db.retellBindings(), platform),
                new EditAgentSettings(db.retellBindings()),
                selfTest(config, clock, db, settings(retell)));
    }

    /** Provisioning alone, for the command line. */
    static ProvisionBranch provisioning(
            Config config, Tuning tuning, Clock clock, JdbiPersistence db, Services services, StaffMembers staff) {
        RetellProvisioningConfig retell = config.retellProvisioning();
        RetellToolCatalog catalog = RetellToolCatalog.load();
        return new ProvisionBranch(
                targets(retell, catalog, db, services, staff),
                db.retellBindings(),
                platform(apiConfig(retell, tuning), catalog),
                clock);
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

    private static VoiceAgentPlatform platform(RetellApiConfig api, RetellToolCatalog catalog) {
        return new OkHttpRetellProvisioningApi(api, catalog);
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

    /** The client's settings: Retell's URL and key from the configuration, timeouts and delays as tuned. */
    private static RetellApiConfig apiConfig(RetellProvisioningConfig retell, Tuning tuning) {
        return tuning.retell().apply(RetellApiConfig.defaults(retell.retellBaseUrl(), retell.provisioningKey()));
    }

    private static ProvisioningSettings settings(RetellProvisioningConfig retell) {
        return new ProvisioningSettings(retell.publicUrl(), retell.defaultVoiceId(), retell.provisioningKey() != null);
    }
}
