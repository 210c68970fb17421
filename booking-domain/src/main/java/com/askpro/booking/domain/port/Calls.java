package com.askpro.booking.domain.port;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.Optional;

/** Outbound port: calls. A Retell call id is stored at most once. */
public interface Calls {

    /** {@code Written}, or {@code AlreadyExists} when the Retell call id is already stored. */
    WriteOutcome<Call> add(TenantContext tenant, Call call);

    /** {@code Written} (version advanced) or {@code VersionConflict}. */
    WriteOutcome<Call> update(TenantContext tenant, Call call);

    Optional<Call> find(TenantContext tenant, CallId id);

    Optional<Call> findByRetellId(TenantContext tenant, String retellCallId);

    Page<Call> list(TenantContext tenant, Query query, PageRequest page);

    /** Filters for listing; null fields do not filter. Newest first. */
    record Query(BranchId branch, CallStatus status, Instant createdFrom, Instant createdBefore) {
        public static final Query ALL = new Query(null, null, null, null);
    }
}
