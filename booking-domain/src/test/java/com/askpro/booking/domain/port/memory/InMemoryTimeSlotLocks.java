package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.port.TimeSlotLocks;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlotLock;
import java.time.Instant;

/** In memory: one unexpired claim per tenant, resource and start. */
final class InMemoryTimeSlotLocks implements TimeSlotLocks {

    private final InMemoryPorts store;

    InMemoryTimeSlotLocks(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public WriteOutcome<TimeSlotLock> tryAcquire(TenantContext tenant, TimeSlotLock lock, Instant now) {
        synchronized (store.lock) {
            String key = key(tenant, lock);
            TimeSlotLock held = store.locks.get(key);
            if (held != null && held.expiresAt().isAfter(now)) {
                return new WriteOutcome.Busy<>("time slot lock held");
            }
            store.locks.put(key, lock);
            return new WriteOutcome.Written<>(lock);
        }
    }

    @Override
    public void release(TenantContext tenant, TimeSlotLock lock) {
        synchronized (store.lock) {
            String key = key(tenant, lock);
            TimeSlotLock held = store.locks.get(key);
            if (held != null && held.token().equals(lock.token())) {
                store.locks.remove(key);
            }
        }
    }

    private static String key(TenantContext tenant, TimeSlotLock lock) {
        return tenant.companyId().value() + "|" + lock.resource().key() + "|" + lock.start();
    }
}
