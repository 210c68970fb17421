package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In memory: calls, a Retell call id stored once, optimistic versions; listed newest first. */
final class InMemoryCalls implements Calls {

    private final InMemoryPorts store;

    InMemoryCalls(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public WriteOutcome<Call> add(TenantContext tenant, Call call) {
        Tenancy.requireOwned(tenant, call.companyId());
        synchronized (store.lock) {
            if (store.calls.values().stream().anyMatch(c -> c.agentCallId().equals(call.agentCallId()))) {
                return new WriteOutcome.AlreadyExists<>("retell_call_id");
            }
            store.calls.put(call.id(), call);
            return new WriteOutcome.Written<>(call);
        }
    }

    @Override
    public WriteOutcome<Call> update(TenantContext tenant, Call call) {
        Tenancy.requireOwned(tenant, call.companyId());
        synchronized (store.lock) {
            Optional<Call> stored = find(tenant, call.id());
            if (stored.isEmpty() || stored.get().version() != call.version()) {
                return new WriteOutcome.VersionConflict<>();
            }
            Call advanced = call.nextVersion();
            store.calls.put(call.id(), advanced);
            return new WriteOutcome.Written<>(advanced);
        }
    }

    @Override
    public Optional<Call> find(TenantContext tenant, CallId id) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.calls.get(id)).filter(c -> tenant.owns(c.companyId()));
        }
    }

    @Override
    public Optional<Call> findByAgentCallId(TenantContext tenant, String agentCallId) {
        synchronized (store.lock) {
            return store.calls.values().stream()
                    .filter(c -> tenant.owns(c.companyId()) && c.agentCallId().equals(agentCallId))
                    .findFirst();
        }
    }

    @Override
    public Page<Call> list(TenantContext tenant, Query query, PageRequest page) {
        synchronized (store.lock) {
            List<Call> sorted = store.calls.values().stream()
                    .filter(c -> tenant.owns(c.companyId()))
                    .filter(c -> query.branch() == null || query.branch().equals(c.branchId()))
                    .filter(c -> query.status() == null || query.status() == c.status())
                    .filter(c -> query.createdFrom() == null || !c.createdAt().isBefore(query.createdFrom()))
                    .filter(c -> query.createdBefore() == null || c.createdAt().isBefore(query.createdBefore()))
                    .sorted(Comparator.comparing(Call::createdAt)
                            .thenComparing(c -> c.id().value())
                            .reversed())
                    .toList();
            return Pages.of(sorted, c -> c.id().value(), page);
        }
    }
}
