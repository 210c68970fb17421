package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Comparator;
import java.util.List;

/** In memory: one entry per outbound request, append only; {@link #of} reads one call's as its timeline does. */
public final class InMemoryApiCallLog implements ApiCallLog {

    private final InMemoryPorts store;

    InMemoryApiCallLog(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public void record(Entry entry) {
        synchronized (store.lock) {
            store.apiCalls.add(entry);
        }
    }

    /** The tenant's requests made for {@code call}, by end (in recording order for equal ends). */
    public List<Entry> of(TenantContext tenant, CallId call) {
        synchronized (store.lock) {
            return store.apiCalls.stream()
                    .filter(e -> e.companyId() != null && tenant.owns(e.companyId()) && call.equals(e.callId()))
                    .sorted(Comparator.comparing(Entry::at))
                    .toList();
        }
    }
}
