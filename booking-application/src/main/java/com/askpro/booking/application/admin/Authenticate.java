package com.askpro.booking.application.admin;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.port.ApiKeys;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.tenant.Company;
import java.util.Optional;

/**
 * Use case: who is calling? The configured platform key (never stored), or an active stored key
 * of an active company. Secrets are compared as SHA-256 digests in constant time.
 */
public final class Authenticate {

    private static final int MAX_KEY_LENGTH = 200;

    private final ApiKeys keys;
    private final Companies companies;
    private final String platformKeyHash;

    /** {@code platformKey} null: no platform access at all. */
    public Authenticate(ApiKeys keys, Companies companies, String platformKey) {
        this.keys = keys;
        this.companies = companies;
        this.platformKeyHash = platformKey == null ? null : ApiKeySecrets.sha256Hex(platformKey);
    }

    /** The principal of {@code keyText}, or empty when it authenticates nobody. */
    public Optional<Principal> authenticate(String keyText) {
        if (keyText == null || keyText.isBlank() || keyText.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        if (platformKeyHash != null && ApiKeySecrets.sameSecret(platformKeyHash, ApiKeySecrets.sha256Hex(keyText))) {
            return Optional.of(Principal.PLATFORM);
        }
        ApiKeySecrets.Parts parts = ApiKeySecrets.parts(keyText);
        Optional<ApiKey> stored = keys.findByPrefix(parts.prefix());
        if (stored.isEmpty()
                || !ApiKeySecrets.sameSecret(stored.get().secretHash(), parts.secretHash())
                || !stored.get().isActive()) {
            return Optional.empty();
        }
        ApiKey key = stored.get();
        if (key.companyId() != null
                && !companies.find(key.companyId()).map(Company::active).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(new Principal(key.role(), key.companyId(), key.id().toString()));
    }
}
