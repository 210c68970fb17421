package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.port.FunctionCallLog;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Comparator;
import java.util.List;

/**
 * In memory: one entry per function the agent called, written at once (nothing to batch); {@link
 * #of} reads one call's as its timeline does.
 */
public final class InMemoryFunctionCallLog implements FunctionCallLog {

    private final InMemoryPorts store;

    InMemoryFunctionCallLog(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public void record(Entry entry) {
        synchronized (store.lock) {
            store.functionCalls.add(entry);
        }
    }

    /** The tenant's function calls of {@code call}, by start (in recording order for equal starts). */
    public List<Entry> of(TenantContext tenant, CallId call) {
        synchronized (store.lock) {
            return store.functionCalls.stream()
                    .filter(e -> tenant.owns(e.companyId()) && e.callId().equals(call))
                    .sorted(Comparator.comparing(Entry::startedAt))
                    .toList();
        }
    }
}
