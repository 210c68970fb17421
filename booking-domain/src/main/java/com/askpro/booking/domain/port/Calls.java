package com.askpro.booking.domain.port;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Outbound port: calls. A voice-agent platform's call id ({@code agentCallId}) is stored at most once. */
public interface Calls {

    /** {@code Written}, or {@code AlreadyExists} when the platform's call id is already stored. */
    WriteOutcome<Call> add(TenantContext tenant, Call call);

    /** {@code Written} (version advanced) or {@code VersionConflict}. */
    WriteOutcome<Call> update(TenantContext tenant, Call call);

    Optional<Call> find(TenantContext tenant, CallId id);

    Optional<Call> findByAgentCallId(TenantContext tenant, String agentCallId);

    Page<Call> list(TenantContext tenant, Query query, PageRequest page);

    /**
     * The tenant's calls with these platform call ids, keyed by that id; ids the tenant has no
     * call for are absent. Adapters answer it with one read; this default asks one id at a time.
     */
    default Map<String, Call> findByAgentCallIds(TenantContext tenant, Collection<String> agentCallIds) {
        Map<String, Call> found = new LinkedHashMap<>();
        for (String agentCallId : agentCallIds) {
            findByAgentCallId(tenant, agentCallId).ifPresent(call -> found.put(agentCallId, call));
        }
        return found;
    }

    /**
     * Stores several calls at once: each {@link Write} is an {@link #add} or an {@link #update} and
     * answers what that method would, in the order given. One write failing (a call id taken, a version
     * conflict) does not stop the others. Adapters write them in one transaction; this default writes
     * one at a time.
     */
    default List<WriteOutcome<Call>> saveAll(TenantContext tenant, List<Write> writes) {
        List<WriteOutcome<Call>> outcomes = new ArrayList<>(writes.size());
        for (Write write : writes) {
            outcomes.add(write.isNew() ? add(tenant, write.after()) : update(tenant, write.after()));
        }
        return outcomes;
    }

    /**
     * One write of {@link #saveAll}: a new call ({@code before} null), or {@code after} replacing the
     * stored {@code before} (same id and version), so an adapter can tell what changed.
     */
    record Write(Call before, Call after) {
        public Write {
            Objects.requireNonNull(after, "after");
            if (before != null && (!before.id().equals(after.id()) || before.version() != after.version())) {
                throw new IllegalArgumentException("a change must keep the call's id and version");
            }
        }

        public static Write add(Call call) {
            return new Write(null, call);
        }

        public static Write change(Call before, Call after) {
            return new Write(Objects.requireNonNull(before, "before"), after);
        }

        public boolean isNew() {
            return before == null;
        }
    }

    /** Filters for listing; null fields do not filter. Newest first. */
    record Query(BranchId branch, CallStatus status, Instant createdFrom, Instant createdBefore) {
        public static final Query ALL = new Query(null, null, null, null);
    }
}
