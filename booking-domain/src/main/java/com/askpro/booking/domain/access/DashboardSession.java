package com.askpro.booking.domain.access;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A signed-in dashboard: never the session token itself, only its SHA-256 {@code tokenHash}
 * (lower-case hex), the tenant and the API key it was opened with, and a fixed expiry.
 */
public record DashboardSession(String tokenHash, CompanyId companyId, ApiKeyId apiKeyId, Instant createdAt, Instant expiresAt) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public DashboardSession {
        if (tokenHash == null || !SHA256_HEX.matcher(tokenHash).matches()) {
            throw new InvalidValueException("token_hash", "must be a SHA-256 digest in lower-case hex");
        }
        Require.notNull("company_id", companyId);
        Require.notNull("api_key_id", apiKeyId);
        Require.notNull("created_at", createdAt);
        Require.notNull("expires_at", expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new InvalidValueException("expires_at", "must be after created_at");
        }
    }

    /** A session opened at {@code now} that ends after {@code lifetime}. */
    public static DashboardSession open(String tokenHash, CompanyId companyId, ApiKeyId apiKeyId, Instant now, Duration lifetime) {
        return new DashboardSession(tokenHash, companyId, apiKeyId, now, now.plus(lifetime));
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public TenantContext tenant() {
        return TenantContext.of(companyId);
    }

    @Override
    public String toString() {
        return "DashboardSession[" + companyId + ", key " + apiKeyId + ", expires " + expiresAt + "]";
    }
}
