package com.askpro.booking.domain.port;

import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlotLock;
import java.time.Instant;

/** Outbound port: short-lived claims on {@code (resource, start)}, shared by all server instances. */
public interface TimeSlotLocks {

    /**
     * Takes {@code lock}: {@code Written} with it when no unexpired lock held the same resource and
     * start, else {@code Busy} (also when the database could not decide in time). Busy, not
     * {@code SlotTaken}: a held lock says another request is deciding about this time, not that the
     * time is booked; the holder may release it without booking, so the same claim may be retried.
     */
    WriteOutcome<TimeSlotLock> tryAcquire(TenantContext tenant, TimeSlotLock lock, Instant now);

    /** Releases the lock if its token still holds it; releasing twice is harmless. */
    void release(TenantContext tenant, TimeSlotLock lock);
}
