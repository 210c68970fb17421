package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.admin.ApiKeySecrets;
import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.tenant.Company;
import java.time.Clock;

/**
 * The demo tenant's API key for {@code serve --demo}: {@code ASKPRO_DEMO_TENANT_KEY} when set (its
 * digest is stored so that it works), otherwise a key generated when the tenant has none yet. A
 * demo tenant that already has keys keeps them; their secrets cannot be shown again.
 */
final class DemoKeys {

    private DemoKeys() {}

    /** What is known about the demo tenant's key. {@code key} null: it has keys whose text is not known. */
    record Outcome(String key, boolean generated) {}

    static Outcome ensure(JdbiPersistence db, Company company, String configuredKey, Clock clock) {
        if (configuredKey != null) {
            var existing =
                    db.apiKeys().findByPrefix(ApiKeySecrets.parts(configuredKey).prefix());
            if (existing.isEmpty()) {
                AdminWiring.apiKeys(db, clock)
                        .store(company.tenant(), ApiKeyRole.TENANT_ADMIN, "ASKPRO_DEMO_TENANT_KEY", configuredKey);
            } else if (!company.id().equals(existing.get().companyId())) {
                throw new IllegalStateException("ASKPRO_DEMO_TENANT_KEY is already the key of another company");
            }
            return new Outcome(configuredKey, false);
        }
        if (db.apiKeys().list(company.tenant()).stream().anyMatch(ApiKey::isActive)) {
            return new Outcome(null, false);
        }
        return new Outcome(
                AdminWiring.apiKeys(db, clock)
                        .store(company.tenant(), ApiKeyRole.TENANT_ADMIN, "demo", ApiKeySecrets.generate())
                        .secret(),
                true);
    }

    static String describe(Outcome outcome, Company company, String url) {
        if (outcome.key() == null) {
            return "Demo tenant API key: already issued earlier (keys are shown once). Issue a new one with:\n"
                    + "  curl -X POST " + url + "/api/v1/companies/" + company.id() + "/api-keys"
                    + " -H 'Authorization: Bearer <platform key>' -H 'Content-Type: application/json' -d '{\"label\":\"demo\"}'";
        }
        return "Demo tenant API key" + (outcome.generated() ? " (generated)" : " (ASKPRO_DEMO_TENANT_KEY)") + ": "
                + outcome.key();
    }
}
