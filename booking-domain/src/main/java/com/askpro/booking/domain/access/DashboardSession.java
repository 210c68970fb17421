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
 * (lower-case hex), the tenant, who signed in — either an API key ({@code apiKeyId}, operators)
 * or a user ({@code userId}), exactly one of them — the role the session acts with, and a fixed expiry.
 */
public record DashboardSession(
        String tokenHash,
        CompanyId companyId,
        ApiKeyId apiKeyId,
        UserId userId,
        UserRole role,
        Instant createdAt,
        Instant expiresAt) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public DashboardSession {
        if (tokenHash == null || !SHA256_HEX.matcher(tokenHash).matches()) {
            throw new InvalidValueException("token_hash", "must be a SHA-256 digest in lower-case hex");
        }
        Require.notNull("company_id", companyId);
        if ((apiKeyId == null) == (userId == null)) {
            throw new InvalidValueException("api_key_id", "a session belongs to exactly one of an API key and a user");
        }
        Require.notNull("role", role);
        Require.notNull("created_at", createdAt);
        Require.notNull("expires_at", expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new InvalidValueException("expires_at", "must be after created_at");
        }
    }

    /** A session of an API key opened at {@code now} that ends after {@code lifetime}. */
    public static DashboardSession openForKey(
            String tokenHash, CompanyId companyId, ApiKeyId apiKeyId, UserRole role, Instant now, Duration lifetime) {
        return new DashboardSession(tokenHash, companyId, apiKeyId, null, role, now, now.plus(lifetime));
    }

    /** A session of a user opened at {@code now} that ends after {@code lifetime}. */
    public static DashboardSession openForUser(
            String tokenHash, CompanyId companyId, UserId userId, UserRole role, Instant now, Duration lifetime) {
        return new DashboardSession(tokenHash, companyId, null, userId, role, now, now.plus(lifetime));
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public TenantContext tenant() {
        return TenantContext.of(companyId);
    }

    @Override
    public String toString() {
        return "DashboardSession[" + companyId + ", " + (userId != null ? "user " + userId : "key " + apiKeyId) + ", "
                + role.code() + ", expires " + expiresAt + "]";
    }
}
