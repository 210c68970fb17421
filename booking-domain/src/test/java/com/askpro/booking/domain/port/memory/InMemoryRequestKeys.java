package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.RequestKeys;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;

/**
 * In memory: idempotency keys per tenant. A claim is one check-and-put under the store's lock, so
 * of concurrent claims of one key exactly one wins, as with the database's primary key.
 */
final class InMemoryRequestKeys implements RequestKeys {

    /** The stored claim: its request, since when it is held, the appointment once booked. */
    record Stored(String fingerprint, Instant claimedAt, AppointmentId appointment) {}

    /** A key of one tenant. */
    record Key(CompanyId company, String key) {}

    private final InMemoryPorts store;

    InMemoryRequestKeys(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public Claim claim(TenantContext tenant, String key, String fingerprint, Instant now, Duration staleAfter) {
        Key id = new Key(tenant.companyId(), key);
        synchronized (store.lock) {
            Stored existing = store.requestKeys.get(id);
            if (existing == null
                    || (existing.appointment() == null && existing.claimedAt().isBefore(now.minus(staleAfter)))) {
                store.requestKeys.put(id, new Stored(fingerprint, now, null));
                return new Claim.Claimed();
            }
            return existing.appointment() == null
                    ? new Claim.Pending(existing.fingerprint())
                    : new Claim.Completed(existing.fingerprint(), existing.appointment());
        }
    }

    @Override
    public void complete(TenantContext tenant, String key, AppointmentId appointment) {
        Key id = new Key(tenant.companyId(), key);
        synchronized (store.lock) {
            store.requestKeys.computeIfPresent(
                    id, (k, stored) -> new Stored(stored.fingerprint(), stored.claimedAt(), appointment));
        }
    }

    @Override
    public void release(TenantContext tenant, String key) {
        Key id = new Key(tenant.companyId(), key);
        synchronized (store.lock) {
            Stored stored = store.requestKeys.get(id);
            if (stored != null && stored.appointment() == null) {
                store.requestKeys.remove(id);
            }
        }
    }
}
