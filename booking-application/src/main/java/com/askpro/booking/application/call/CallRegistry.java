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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Finds a tenant's call by the platform's call id or registers it — whichever of the call events and the
 * function calls arrives first — and applies changes to it under optimistic concurrency.
 *
 * <p>A {@link #remembering remembering} registry (the one of the voice agent's function calls)
 * keeps the calls it found or registered in memory for a while, so only the first function call of
 * a call touches the database (one read, and one insert when the call is new); the later ones find
 * it here. The remembered call may be behind the stored one (call events move it on): its identity
 * is what callers use, and {@link #update} re-reads on a version conflict.
 */
public final class CallRegistry {

    private static final System.Logger LOG = System.getLogger(CallRegistry.class.getName());
    private static final int MAX_VERSION_RETRIES = 5;
    private static final int MAX_REMEMBERED = 20_000;

    private record Key(TenantContext tenant, String agentCallId) {}

    private record Remembered(Call call, Instant until) {}

    private final Calls calls;
    private final Duration remember;
    private final Clock clock;
    private final Map<Key, Remembered> recent = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Optional<Call>>> inFlight = new ConcurrentHashMap<>();

    /** A registry that asks {@code calls} every time. */
    public CallRegistry(Calls calls) {
        this(calls, Duration.ZERO, Clock.systemUTC());
    }

    private CallRegistry(Calls calls, Duration remember, Clock clock) {
        this.calls = calls;
        this.remember = remember;
        this.clock = clock;
    }

    /** A registry that remembers the calls it found or registered for {@code remember} (calls in progress). */
    public static CallRegistry remembering(Calls calls, Duration remember, Clock clock) {
        return new CallRegistry(calls, remember, clock);
    }

    /**
     * The tenant's call with {@code agentCallId}, registered now if it is new; empty when the id is
     * already registered by another tenant. That is never legitimate (the platform's call ids are unique), so it is
     * logged as a security event and the caller refuses the request; the other tenant's call is not
     * touched and nothing about it is revealed.
     */
    public Optional<Call> findOrRegister(
            TenantContext tenant,
            TenantDirectory.Route route,
            String agentCallId,
            CallDirection direction,
            PhoneNumber from,
            PhoneNumber to,
            Instant now) {
        if (remember.isZero()) {
            return lookUpOrRegister(tenant, route, agentCallId, direction, from, to, now);
        }
        Key key = new Key(tenant, agentCallId);
        Remembered known = recent.get(key);
        if (known != null && clock.instant().isBefore(known.until())) {
            return Optional.of(known.call());
        }
        // Concurrent requests of one call (the agent's first function calls racing each other) wait for the
        // first one's lookup instead of each reading and inserting.
        CompletableFuture<Optional<Call>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Call>> first = inFlight.putIfAbsent(key, mine);
        if (first != null) {
            try {
                return first.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            Optional<Call> found = lookUpOrRegister(tenant, route, agentCallId, direction, from, to, now);
            found.ifPresent(call -> keep(key, call));
            mine.complete(found);
            return found;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private Optional<Call> lookUpOrRegister(
            TenantContext tenant,
            TenantDirectory.Route route,
            String agentCallId,
            CallDirection direction,
            PhoneNumber from,
            PhoneNumber to,
            Instant now) {
        Optional<Call> existing = calls.findByAgentCallId(tenant, agentCallId);
        if (existing.isPresent()) {
            return existing;
        }
        Call registered = newCall(tenant, route, agentCallId, direction, from, to, now);
        if (calls.add(tenant, registered) instanceof WriteOutcome.Written<Call> written) {
            return Optional.of(written.value());
        }
        Optional<Call> raced = calls.findByAgentCallId(tenant, agentCallId);
        if (raced.isEmpty()) {
            LOG.log(
                    Level.WARNING,
                    "security: company {0} used a call id that another tenant registered",
                    tenant.companyId());
        }
        return raced;
    }

    /** A call as registered on its first event or function call: at its branch, or at none on a hotline number. */
    static Call newCall(
            TenantContext tenant,
            TenantDirectory.Route route,
            String agentCallId,
            CallDirection direction,
            PhoneNumber from,
            PhoneNumber to,
            Instant now) {
        return Call.register(
                CallId.newId(),
                tenant.companyId(),
                route.isHotline() ? null : route.branch().id(),
                agentCallId,
                direction,
                from,
                to,
                now);
    }

    private void keep(Key key, Call call) {
        if (remember.isZero()) {
            return;
        }
        if (recent.size() >= MAX_REMEMBERED) {
            recent.clear();
        }
        recent.put(key, new Remembered(call, clock.instant().plus(remember)));
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
                Key key = new Key(tenant, written.value().agentCallId());
                if (recent.containsKey(key)) {
                    keep(key, written.value());
                }
                return Optional.of(written.value());
            }
            if (attempt == MAX_VERSION_RETRIES) {
                throw new IllegalStateException("call " + call.agentCallId() + " kept changing concurrently");
            }
            current = calls.find(tenant, call.id()).orElseThrow();
        }
    }

    /** The state after a transition, whether or not it changed anything (refusals keep the call). */
    public static Call stateAfter(Call call, Transition<Call> transition) {
        return transition.state() == null ? call : transition.state();
    }
}
