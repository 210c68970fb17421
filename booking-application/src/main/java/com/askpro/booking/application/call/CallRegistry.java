package com.askpro.booking.application.call;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.TenantContext;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds a tenant's call by the platform's call id or registers it — whichever of the call events and the
 * function calls arrives first — and applies changes to it under optimistic concurrency.
 */
public final class CallRegistry {

    private static final System.Logger LOG = System.getLogger(CallRegistry.class.getName());
    private static final int MAX_VERSION_RETRIES = 5;

    private final Calls calls;

    public CallRegistry(Calls calls) {
        this.calls = calls;
    }

    /**
     * The tenant's call with {@code retellCallId}, registered now if it is new; empty when the id is
     * already registered by another tenant. That is never legitimate (the platform's call ids are unique), so it is
     * logged as a security event and the caller refuses the request; the other tenant's call is not
     * touched and nothing about it is revealed.
     */
    public Optional<Call> findOrRegister(TenantContext tenant, TenantDirectory.Route route, String retellCallId,
            CallDirection direction, PhoneNumber from, PhoneNumber to, Instant now) {
        Optional<Call> existing = calls.findByRetellId(tenant, retellCallId);
        if (existing.isPresent()) {
            return existing;
        }
        Call registered = Call.register(CallId.newId(), tenant.companyId(), route.branch().id(), retellCallId, direction,
                from, to, now);
        if (calls.add(tenant, registered) instanceof WriteOutcome.Written<Call> written) {
            return Optional.of(written.value());
        }
        Optional<Call> raced = calls.findByRetellId(tenant, retellCallId);
        if (raced.isEmpty()) {
            LOG.log(Level.WARNING, "security: company {0} used a Retell call id that another tenant registered",
                    tenant.companyId());
        }
        return raced;
    }

    /**
     * Applies {@code change} to the stored call and saves it, re-reading and re-applying when another
     * writer got there first. Answers the stored call, or empty when the change was a no-op.
     */
    public Optional<Call> update(TenantContext tenant, Call call, UnaryOperator<Call> change) {
        Call current = call;
        for (int attempt = 1; ; attempt++) {
            Call changed = change.apply(current);
            if (changed.equals(current)) {
                return Optional.empty();
            }
            if (calls.update(tenant, changed) instanceof WriteOutcome.Written<Call> written) {
                return Optional.of(written.value());
            }
            if (attempt == MAX_VERSION_RETRIES) {
                throw new IllegalStateException("call " + call.retellCallId() + " kept changing concurrently");
            }
            current = calls.find(tenant, call.id()).orElseThrow();
        }
    }

    /** The state after a transition, whether or not it changed anything (refusals keep the call). */
    public static Call stateAfter(Call call, Transition<Call> transition) {
        return transition.state() == null ? call : transition.state();
    }
}
