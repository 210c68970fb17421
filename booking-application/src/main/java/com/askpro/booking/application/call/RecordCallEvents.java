package com.askpro.booking.application.call;

import com.askpro.booking.application.call.RecordCallEvent.Outcome;
import com.askpro.booking.application.call.RecordCallEvent.Placement;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: {@link RecordCallEvent} for many events at once, as the webhook queue hands them over.
 * Per tenant it reads all the batch's calls in one go ({@link Calls#findByAgentCallIds}), folds each
 * call's events onto it in the order given, links the callers' customers (one read,
 * {@link Customers#findByPhones}) and saves every new or changed call in one write
 * ({@link Calls#saveAll}). A call whose write does not go through — its id registered meanwhile
 * (by a function call, or by another tenant), or its version moved by a concurrent change — is
 * recorded again event by event by {@link RecordCallEvent}, which re-reads and retries as for a
 * single event. The answers are the same as {@link RecordCallEvent#record} would give.
 */
public final class RecordCallEvents {

    private final RecordCallEvent single;
    private final Calls calls;
    private final Customers customers;
    private final Clock clock;

    public RecordCallEvents(RecordCallEvent single, Calls calls, Customers customers, Clock clock) {
        this.single = single;
        this.calls = calls;
        this.customers = customers;
        this.clock = clock;
    }

    /** Records {@code events} (several per call allowed, in the platform's order); one outcome per event, in order. */
    public List<Outcome> recordAll(List<AgentCallEvent> events) {
        Outcome[] outcomes = new Outcome[events.size()];
        Map<TenantContext, Map<String, CallEvents>> byTenant = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Placement placement = single.place(events.get(i));
            if (placement instanceof Placement.Owned owned) {
                byTenant.computeIfAbsent(owned.tenant(), tenant -> new LinkedHashMap<>())
                        .computeIfAbsent(events.get(i).call().callId(), id -> new CallEvents(owned))
                        .indexes()
                        .add(i);
            } else {
                outcomes[i] = new Outcome.Unprocessable(((Placement.Unowned) placement).reason());
            }
        }
        byTenant.forEach((tenant, byCall) -> recordTenant(tenant, byCall, events, outcomes));
        return Arrays.asList(outcomes);
    }

    /** The events of one call in a batch, placed by its first one. */
    private record CallEvents(Placement.Owned placement, List<Integer> indexes) {
        CallEvents(Placement.Owned placement) {
            this(placement, new ArrayList<>());
        }
    }

    private void recordTenant(
            TenantContext tenant, Map<String, CallEvents> byCall, List<AgentCallEvent> events, Outcome[] outcomes) {
        Instant now = clock.instant();
        Map<String, Call> stored = calls.findByAgentCallIds(tenant, byCall.keySet());
        Map<String, Call> folded = new LinkedHashMap<>();
        byCall.forEach((agentCallId, call) -> {
            Call state = stored.get(agentCallId);
            if (state == null) {
                Placement.Owned at = call.placement();
                state = CallRegistry.newCall(tenant, at.route(), agentCallId, at.direction(), at.from(), at.to(), now);
            }
            for (int i : call.indexes()) {
                state = RecordCallEvent.apply(state, events.get(i), now);
            }
            folded.put(agentCallId, state);
        });
        Map<PhoneNumber, Customer> callers = customers.findByPhones(
                tenant,
                folded.values().stream()
                        .filter(RecordCallEvent::awaitsCustomer)
                        .map(Call::from)
                        .distinct()
                        .toList());
        List<String> written = new ArrayList<>();
        List<Calls.Write> writes = new ArrayList<>();
        folded.forEach((agentCallId, state) -> {
            Customer caller = RecordCallEvent.awaitsCustomer(state) ? callers.get(state.from()) : null;
            Call after = caller == null ? state : RecordCallEvent.linked(state, caller, now);
            Call before = stored.get(agentCallId);
            if (before == null) {
                writes.add(Calls.Write.add(after));
                written.add(agentCallId);
            } else if (!after.equals(before)) {
                writes.add(Calls.Write.change(before, after));
                written.add(agentCallId);
            } else {
                answer(byCall.get(agentCallId), new Outcome.Recorded(tenant.companyId(), before), outcomes);
            }
        });
        List<WriteOutcome<Call>> results = calls.saveAll(tenant, writes);
        for (int k = 0; k < written.size(); k++) {
            CallEvents call = byCall.get(written.get(k));
            if (results.get(k) instanceof WriteOutcome.Written<Call> saved) {
                single.announce(tenant, saved.value(), now);
                answer(call, new Outcome.Recorded(tenant.companyId(), saved.value()), outcomes);
            } else {
                for (int i : call.indexes()) {
                    outcomes[i] = single.record(events.get(i));
                }
            }
        }
    }

    private static void answer(CallEvents call, Outcome outcome, Outcome[] outcomes) {
        for (int i : call.indexes()) {
            outcomes[i] = outcome;
        }
    }
}
