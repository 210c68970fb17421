package com.askpro.booking.domain.port;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound port: the stored (hashed) API keys. A prefix identifies at most one key. */
public interface ApiKeys {

    /** {@code Written}, or {@code AlreadyExists} when the prefix is taken. */
    WriteOutcome<ApiKey> add(ApiKey key);

    /** Platform-level read used to authenticate a request; revoked keys are answered too. */
    Optional<ApiKey> findByPrefix(String prefix);

    /** The tenant's keys, oldest first, revoked ones included. */
    List<ApiKey> list(TenantContext tenant);

    /**
     * Revokes the tenant's key, keeping an earlier revocation time: {@code Written} with the revoked
     * key (also when it was revoked before), or {@code NotFound} when the tenant has no such key.
     */
    WriteOutcome<ApiKey> revoke(TenantContext tenant, ApiKeyId id, Instant at);
}
