package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contract of the {@link Calls} port: unique Retell id, optimistic versions, appointment links. */
abstract class CallsContract extends PortsTest {

    @Test
    void storesEveryFactAndTheAppointmentLinks() {
        Fixtures t = Fixtures.create(persistence);
        Call registered =
                persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        CallFacts facts = CallFacts.startedAt(Fixtures.NOW)
                .withTiming(Fixtures.NOW, Fixtures.NOW.plusSeconds(95), 95_000L)
                .withOutcome("user_hangup", "Agent: Hallo\nUser: Termin bitte", "https://example.org/rec.wav")
                .withAnalysis("Booked a haircut", "Positive", true, "{\"intent\":\"book\"}")
                .withCost(new BigDecimal("12.5"));
        Call analyzed = registered
                .apply(CallStatus.ANALYZED, facts, Fixtures.NOW.plusSeconds(120))
                .orElseThrow()
                .linkCustomer(t.customer().id(), Fixtures.NOW.plusSeconds(120))
                .orElseThrow()
                .recordAppointment(AppointmentId.newId(), Fixtures.NOW.plusSeconds(120))
                .orElseThrow()
                .recordAppointment(AppointmentId.newId(), Fixtures.NOW.plusSeconds(120))
                .orElseThrow();

        Call written = persistence.calls().update(t.tenant(), analyzed).orElseThrow();

        assertThat(written.version()).isEqualTo(1);
        assertThat(persistence.calls().find(t.tenant(), registered.id())).contains(written);
        assertThat(persistence.calls().findByAgentCallId(t.tenant(), registered.agentCallId()))
                .contains(written);
    }

    @Test
    void aRetellCallIdIsStoredOnce() {
        Fixtures t = Fixtures.create(persistence);
        String retellId = retellId();
        persistence.calls().add(t.tenant(), t.call(retellId)).orElseThrow();

        assertThat(persistence.calls().add(t.tenant(), t.call(retellId)))
                .isInstanceOf(WriteOutcome.AlreadyExists.class);
        onDatabase(db -> assertThat(count(db, "SELECT COUNT(*) FROM calls WHERE retell_call_id = ?", retellId))
                .isEqualTo(1));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Fixtures t = Fixtures.create(persistence);
        Call stored = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        Call started = persistence
                .calls()
                .update(
                        t.tenant(),
                        stored.apply(CallStatus.STARTED, CallFacts.startedAt(Fixtures.NOW), Fixtures.NOW)
                                .orElseThrow())
                .orElseThrow();

        assertThat(persistence
                        .calls()
                        .update(
                                t.tenant(),
                                stored.apply(CallStatus.ENDED, CallFacts.NONE, Fixtures.NOW)
                                        .orElseThrow()))
                .isInstanceOf(WriteOutcome.VersionConflict.class);
        assertThat(persistence.calls().find(t.tenant(), stored.id())).contains(started);
    }

    @Test
    void severalCallsAreFoundByTheirRetellIdsInOneReadAndOnlyTheTenantsOwn() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Call first = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        Call linked = persistence
                .calls()
                .update(
                        t.tenant(),
                        persistence
                                .calls()
                                .add(t.tenant(), t.call(retellId()))
                                .orElseThrow()
                                .recordAppointment(AppointmentId.newId(), Fixtures.NOW)
                                .orElseThrow())
                .orElseThrow();
        Call foreign =
                persistence.calls().add(other.tenant(), other.call(retellId())).orElseThrow();

        var found = persistence
                .calls()
                .findByAgentCallIds(
                        t.tenant(),
                        List.of(first.agentCallId(), linked.agentCallId(), foreign.agentCallId(), "call_unknown"));

        assertThat(found).containsOnlyKeys(first.agentCallId(), linked.agentCallId());
        assertThat(found.get(first.agentCallId())).isEqualTo(first);
        assertThat(found.get(linked.agentCallId())).isEqualTo(linked);
        assertThat(persistence.calls().findByAgentCallIds(t.tenant(), List.of()))
                .isEmpty();
    }

    @Test
    void savingSeveralCallsAtOnceAnswersEachWriteAsItsSingleMethodWould() {
        Fixtures t = Fixtures.create(persistence);
        Call stored = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        Call stale = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        persistence
                .calls()
                .update(
                        t.tenant(),
                        stale.apply(CallStatus.STARTED, CallFacts.startedAt(Fixtures.NOW), Fixtures.NOW)
                                .orElseThrow())
                .orElseThrow();
        Call fresh = t.call(retellId())
                .apply(CallStatus.STARTED, CallFacts.startedAt(Fixtures.NOW), Fixtures.NOW)
                .orElseThrow();
        Call takenId = t.call(stored.agentCallId());
        AppointmentId appointment = AppointmentId.newId();
        Call ended = stored.apply(CallStatus.ENDED, CallFacts.NONE, Fixtures.NOW.plusSeconds(60))
                .orElseThrow()
                .recordAppointment(appointment, Fixtures.NOW.plusSeconds(60))
                .orElseThrow();
        Call staleChange =
                stale.apply(CallStatus.ENDED, CallFacts.NONE, Fixtures.NOW).orElseThrow();

        List<WriteOutcome<Call>> outcomes = persistence
                .calls()
                .saveAll(
                        t.tenant(),
                        List.of(
                                Calls.Write.add(fresh),
                                Calls.Write.change(stored, ended),
                                Calls.Write.add(takenId),
                                Calls.Write.change(stale, staleChange)));

        assertThat(outcomes.get(0)).isEqualTo(new WriteOutcome.Written<>(fresh));
        assertThat(outcomes.get(1).orElseThrow().version()).isEqualTo(stored.version() + 1);
        assertThat(outcomes.get(2)).isInstanceOf(WriteOutcome.AlreadyExists.class);
        assertThat(outcomes.get(3)).isInstanceOf(WriteOutcome.VersionConflict.class);
        assertThat(persistence.calls().findByAgentCallId(t.tenant(), fresh.agentCallId()))
                .contains(fresh);
        Call reread = persistence.calls().find(t.tenant(), stored.id()).orElseThrow();
        assertThat(reread).isEqualTo(outcomes.get(1).orElseThrow());
        assertThat(reread.appointmentIds()).containsExactly(appointment);
        assertThat(persistence
                        .calls()
                        .find(t.tenant(), stale.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(CallStatus.STARTED);
        assertThat(persistence.calls().saveAll(t.tenant(), List.of())).isEmpty();
    }

    @Test
    void listsNewestFirstInPagesWithFilters() {
        Fixtures t = Fixtures.create(persistence);
        List<Call> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Call call = t.call(retellId());
            Call at = new Call(
                    call.id(),
                    call.companyId(),
                    call.branchId(),
                    call.agentCallId(),
                    call.direction(),
                    call.from(),
                    call.to(),
                    i % 2 == 0 ? CallStatus.ENDED : CallStatus.REGISTERED,
                    null,
                    null,
                    null,
                    0,
                    Fixtures.NOW.plusSeconds(60L * i),
                    Fixtures.NOW.plusSeconds(60L * i));
            added.add(0, persistence.calls().add(t.tenant(), at).orElseThrow());
        }
        List<Call> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Call> page = persistence.calls().list(t.tenant(), Calls.Query.ALL, new PageRequest(2, cursor));
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(added);
        assertThat(persistence
                        .calls()
                        .list(
                                t.tenant(),
                                new Calls.Query(
                                        t.branch().id(),
                                        CallStatus.ENDED,
                                        Fixtures.NOW.plusSeconds(60),
                                        Fixtures.NOW.plusSeconds(300)),
                                PageRequest.first(10))
                        .items())
                .containsExactly(added.get(0), added.get(2));
    }

    private static String retellId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "");
    }
}
