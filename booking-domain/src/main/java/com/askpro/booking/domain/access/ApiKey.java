package com.askpro.booking.domain.access;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stored API key: never the secret itself, only its SHA-256 {@code secretHash} (lower-case hex)
 * and the short public {@code prefix} used to find it. {@code companyId} is null only for a
 * platform key. Once {@code revokedAt} is set the key authenticates nothing any more.
 */
public record ApiKey(
        ApiKeyId id,
        CompanyId companyId,
        ApiKeyRole role,
        String prefix,
        String secretHash,
        String label,
        Instant createdAt,
        Instant revokedAt) {

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]{8,16}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public static final int MAX_LABEL = 200;

    public ApiKey {
        Require.notNull("id", id);
        Require.notNull("role", role);
        if (role.isTenantRole() == (companyId == null)) {
            throw new InvalidValueException(
                    "company_id", "is required for tenant keys and must be absent for platform keys");
        }
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new InvalidValueException("prefix", "must be 8 to 16 lower-case letters or digits");
        }
        if (secretHash == null || !SHA256_HEX.matcher(secretHash).matches()) {
            throw new InvalidValueException("secret_hash", "must be a SHA-256 digest in lower-case hex");
        }
        label = Require.optionalLine("label", label, MAX_LABEL);
        Require.notNull("created_at", createdAt);
        if (revokedAt != null && revokedAt.isBefore(createdAt)) {
            throw new InvalidValueException("revoked_at", "must not be before created_at");
        }
    }

    /** A new, active key. */
    public static ApiKey issue(
            ApiKeyId id,
            CompanyId companyId,
            ApiKeyRole role,
            String prefix,
            String secretHash,
            String label,
            Instant now) {
        return new ApiKey(id, companyId, role, prefix, secretHash, label, now, null);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Optional<CompanyId> company() {
        return Optional.ofNullable(companyId);
    }

    /** The key revoked at {@code now}; an already revoked key keeps its first revocation time. */
    public ApiKey revoked(Instant now) {
        return revokedAt != null ? this : new ApiKey(id, companyId, role, prefix, secretHash, label, createdAt, now);
    }

    @Override
    public String toString() {
        return "ApiKey[" + id + ", " + role + ", prefix " + prefix + (revokedAt == null ? "" : ", revoked") + "]";
    }
}
