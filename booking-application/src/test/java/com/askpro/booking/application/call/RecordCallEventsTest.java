package com.askpro.booking.application.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.call.RecordCallEvent.Outcome;
import com.askpro.booking.application.voiceagent.AgentCall;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.port.memory.InMemoryPorts;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.testdata.DemoTenant;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recording a batch of call events at once ends exactly as recording them one by one: same calls,
 * same answers — on the in-memory adapters, whose {@code findByAgentCallIds}/{@code saveAll}/
 * {@code findByPhones} are the ports' one-at-a-time defaults, and with writes that do not go through.
 */
class RecordCallEventsTest {

    private static final Instant NOW = Instant.parse("2030-03-04T07:00:00Z");
    private static final String KNOWN_CALLER = "+4915112345678";

    private final DemoTenant demo = DemoTenant.create();
    private final TenantContext tenant = demo.tenant();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<LiveUpdates.Update> published = new ArrayList<>();

    private InMemoryPorts one;
    private InMemoryPorts batch;

    @BeforeEach
    void openTheSalonTwice() {
        one = salon();
        batch = salon();
    }

    @Test
    void aShuffledBatchOfManyCallsEndsAsTheEventsOneByOne() {
        List<AgentCallEvent> events = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            String caller = c % 3 == 0 ? KNOWN_CALLER : "+49151000000" + (10 + c);
            events.add(event("call_started", "call_" + c, caller, CallFacts.startedAt(NOW)));
            events.add(event("call_ended", "call_" + c, caller, ended()));
            events.add(event(
                    "call_analyzed", "call_" + c, caller, ended().withAnalysis("Termin", "Positive", true, null)));
        }
        events.add(event("call_ended", "call_3", KNOWN_CALLER, ended())); // a repeat
        events.add(event("call_started", "call_x", KNOWN_CALLER, CallFacts.startedAt(NOW), "+4930999999"));
        Collections.shuffle(events.subList(0, 18), new Random(7)); // an older event may come after a newer one

        List<Outcome> singly =
                events.stream().map(e -> recordOne(one).record(e)).toList();
        List<Outcome> together = recordAll(batch, batch.calls()).recordAll(events);

        assertThat(kinds(together)).isEqualTo(kinds(singly));
        assertThat(together.get(events.size() - 1))
                .isEqualTo(new Outcome.Unprocessable("no tenant owns the number +4930999999"));
        assertThat(snapshot(batch)).isEqualTo(snapshot(one)).hasSize(12);
        Call known = batch.calls().findByAgentCallId(tenant, "call_0").orElseThrow();
        assertThat(known.status()).isEqualTo(CallStatus.ANALYZED);
        assertThat(known.customerId())
                .isEqualTo(batch.customers()
                        .findByPhone(tenant, PhoneNumber.parse(KNOWN_CALLER))
                        .orElseThrow()
                        .id());
        assertThat(published).isNotEmpty();
    }

    @Test
    void aCallRegisteredOrChangedMeanwhileIsRecordedAgainEventByEvent() {
        Call registeredMeanwhile = Call.register(
                CallId.newId(),
                demo.company().id(),
                demo.branch().id(),
                "call_raced",
                CallDirection.INBOUND,
                PhoneNumber.parse(KNOWN_CALLER),
                demo.phoneNumber().number(),
                NOW);
        Calls racing = new RacingCalls(batch.calls(), (t, writes) -> {
            // a function call registers one of the batch's calls between its read and its write
            batch.calls().add(t, registeredMeanwhile);
            return null;
        });
        List<AgentCallEvent> events = List.of(
                event("call_started", "call_raced", KNOWN_CALLER, CallFacts.startedAt(NOW)),
                event("call_ended", "call_raced", KNOWN_CALLER, ended()),
                event("call_started", "call_calm", KNOWN_CALLER, CallFacts.startedAt(NOW)));

        List<Outcome> outcomes = recordAll(batch, racing).recordAll(events);

        assertThat(outcomes).allMatch(o -> o instanceof Outcome.Recorded);
        Call raced = batch.calls().findByAgentCallId(tenant, "call_raced").orElseThrow();
        assertThat(raced.id()).as("the call registered meanwhile is kept").isEqualTo(registeredMeanwhile.id());
        assertThat(raced.status()).isEqualTo(CallStatus.ENDED);
        assertThat(batch.calls()
                        .findByAgentCallId(tenant, "call_calm")
                        .orElseThrow()
                        .status())
                .isEqualTo(CallStatus.STARTED);
    }

    @Test
    void aCallIdOfAnotherTenantIsRefusedAndItsCallUntouched() {
        TenantContext other = new TenantContext(CompanyId.newId());
        Call foreign = Call.register(
                CallId.newId(),
                other.companyId(),
                null,
                "call_foreign",
                CallDirection.INBOUND,
                PhoneNumber.parse(KNOWN_CALLER),
                demo.phoneNumber().number(),
                NOW);
        batch.calls().add(other, foreign).orElseThrow();
        RecordCallEvents record = recordAll(batch, batch.calls());

        List<Outcome> outcomes = record.recordAll(
                List.of(event("call_started", "call_foreign", KNOWN_CALLER, CallFacts.startedAt(NOW))));

        assertThat(outcomes).containsExactly(new Outcome.Unprocessable("the call id is registered by another tenant"));
        assertThat(batch.calls().findByAgentCallId(tenant, "call_foreign")).isEmpty();
        assertThat(batch.calls().findByAgentCallId(other, "call_foreign"))
                .as("the other tenant's call is untouched")
                .contains(foreign);
    }

    private InMemoryPorts salon() {
        InMemoryPorts ports = new InMemoryPorts();
        ports.companies().add(demo.company());
        ports.branches().add(tenant, demo.branch());
        ports.phoneNumbers().add(tenant, demo.phoneNumber()).orElseThrow();
        ports.customers()
                .addOrGet(
                        tenant,
                        Customer.register(
                                CustomerId.newId(),
                                demo.company().id(),
                                PhoneNumber.parse(KNOWN_CALLER),
                                "Erika",
                                null,
                                NOW));
        return ports;
    }

    private RecordCallEvent recordOne(InMemoryPorts ports) {
        return new RecordCallEvent(ports.tenantDirectory(), ports.calls(), ports.customers(), published::add, clock);
    }

    private RecordCallEvents recordAll(InMemoryPorts ports, Calls calls) {
        return new RecordCallEvents(recordOne(ports), calls, ports.customers(), clock);
    }

    private AgentCallEvent event(String type, String callId, String caller, CallFacts facts) {
        return event(type, callId, caller, facts, demo.phoneNumber().number().e164());
    }

    private static AgentCallEvent event(String type, String callId, String caller, CallFacts facts, String business) {
        return new AgentCallEvent(
                type, type + ":" + callId, new AgentCall(callId, "inbound", caller, business, "agent", "x", facts));
    }

    private static CallFacts ended() {
        return CallFacts.startedAt(NOW)
                .withTiming(NOW, NOW.plusSeconds(90), 90_000L)
                .withOutcome("user_hangup", "Agent: Hallo", null);
    }

    private static List<String> kinds(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> o.getClass().getSimpleName()).toList();
    }

    /** Every call as a comparable line, without the generated ids. */
    private Map<String, String> snapshot(InMemoryPorts ports) {
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            ids.add("call_" + c);
        }
        ids.add("call_x");
        return ports.calls().findByAgentCallIds(tenant, ids).values().stream()
                .collect(Collectors.toMap(
                        Call::agentCallId,
                        call -> call.status() + " " + call.facts() + " " + (call.customerId() != null) + " "
                                + call.branchId() + " " + call.from() + " " + call.to()));
    }

    /** Calls whose batch write first runs {@code meanwhile} (null: the write as it is). */
    private static class RacingCalls implements Calls {
        private final Calls delegate;
        private final BiFunction<TenantContext, List<Write>, List<WriteOutcome<Call>>> meanwhile;

        RacingCalls(Calls delegate, BiFunction<TenantContext, List<Write>, List<WriteOutcome<Call>>> meanwhile) {
            this.delegate = delegate;
            this.meanwhile = meanwhile;
        }

        @Override
        public List<WriteOutcome<Call>> saveAll(TenantContext t, List<Write> writes) {
            List<WriteOutcome<Call>> answered = meanwhile == null ? null : meanwhile.apply(t, writes);
            return answered != null ? answered : Calls.super.saveAll(t, writes);
        }

        @Override
        public WriteOutcome<Call> add(TenantContext t, Call call) {
            return delegate.add(t, call);
        }

        @Override
        public WriteOutcome<Call> update(TenantContext t, Call call) {
            return delegate.update(t, call);
        }

        @Override
        public java.util.Optional<Call> find(TenantContext t, CallId id) {
            return delegate.find(t, id);
        }

        @Override
        public java.util.Optional<Call> findByAgentCallId(TenantContext t, String agentCallId) {
            return delegate.findByAgentCallId(t, agentCallId);
        }

        @Override
        public com.askpro.booking.domain.port.Page<Call> list(
                TenantContext t, Query query, com.askpro.booking.domain.port.PageRequest page) {
            return delegate.list(t, query, page);
        }
    }
}
