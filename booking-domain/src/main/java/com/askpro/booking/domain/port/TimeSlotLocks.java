package com.askpro.booking.domain.port;

import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlotLock;
import java.time.Instant;

/** Outbound port: short-lived claims on {@code (resource, start)}, shared by all server instances. */
public interface TimeSlotLocks {

    /** True when {@code lock} was taken: no unexpired lock held the same resource and start. */
    boolean tryAcquire(TenantContext tenant, TimeSlotLock lock, Instant now);

    /** Releases the lock if its token still holds it; releasing twice is harmless. */
    void release(TenantContext tenant, TimeSlotLock lock);
}
