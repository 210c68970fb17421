package com.askpro.booking.domain.port;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Outbound port: idempotency keys of booking requests, per tenant. A client that repeats a
 * request under the same key must get the first request's appointment, never a second one, even
 * when the two arrive at the same moment at different instances. Keys and request fingerprints
 * are stored as given (callers pass digests, never personal data).
 */
public interface RequestKeys {

    /**
     * Claims {@code key} for the request {@code fingerprint}. A pending claim older than
     * {@code staleAfter} (its holder died) may be taken over.
     */
    Claim claim(TenantContext tenant, String key, String fingerprint, Instant now, Duration staleAfter);

    /** The claimed request booked {@code appointment}: later claims answer {@link Claim.Completed}. */
    void complete(TenantContext tenant, String key, AppointmentId appointment);

    /** The claimed request booked nothing: the key is free again. */
    void release(TenantContext tenant, String key);

    /** What a claim found. */
    sealed interface Claim {

        /** The key is now the caller's: go ahead, then {@link #complete} or {@link #release}. */
        record Claimed() implements Claim {}

        /** Another request under this key is still being served. */
        record Pending(String fingerprint) implements Claim {}

        /** A request under this key booked {@code appointment}. */
        record Completed(String fingerprint, AppointmentId appointment) implements Claim {}
    }
}
