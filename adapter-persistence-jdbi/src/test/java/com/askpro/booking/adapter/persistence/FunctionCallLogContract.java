package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.port.FunctionCallLog;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@code FunctionCallLog} port: every entry recorded is kept with every field, for
 * its own call and tenant, and read back oldest first (as the call's timeline reads it; a batching
 * log shows an entry to every read after its {@code record}).
 */
abstract class FunctionCallLogContract extends PortsTest {

    private Call call(Fixtures t) {
        return persistence
                .calls()
                .add(t.tenant(), t.call("call_" + UUID.randomUUID().toString().replace("-", "")))
                .orElseThrow();
    }

    private static FunctionCallLog.Entry entry(Fixtures t, Call call, String name, Instant at) {
        return new FunctionCallLog.Entry(
                t.company().id(), call.id(), name, "answered", null, null, "2030-03-04T10:00", 12, "corr", at);
    }

    @Test
    void aCallsFunctionCallsComeBackOldestFirstWithEveryFieldAndNoneOfAnotherCall() {
        Fixtures t = Fixtures.create(persistence);
        Call call = call(t);
        Call other = call(t);
        FunctionCallLog.Entry second = new FunctionCallLog.Entry(
                t.company().id(),
                call.id(),
                "book_appointment",
                "not_booked",
                "slot_taken",
                null,
                "2030-03-04T10:00",
                12,
                "corr-2",
                Fixtures.NOW.plusSeconds(20));
        FunctionCallLog.Entry first = new FunctionCallLog.Entry(
                t.company().id(),
                call.id(),
                "check_availability",
                "available",
                null,
                "8f7c3a52-1111-4a4a-9b9b-000000000001",
                null,
                3,
                "corr-1",
                Fixtures.NOW.plusSeconds(10));
        persistence.functionCallLog().record(second);
        persistence.functionCallLog().record(first);
        persistence.functionCallLog().record(entry(t, other, "list_services", Fixtures.NOW));

        assertThat(functionCallsOf(t.tenant(), call.id())).containsExactly(first, second);
        assertThat(functionCallsOf(t.tenant(), other.id()))
                .extracting(FunctionCallLog.Entry::function)
                .containsExactly("list_services");
    }

    @Test
    void anotherTenantReadsNoneOfACallsFunctionCallsAndAnUnknownCallHasNone() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Call call = call(t);
        persistence.functionCallLog().record(entry(t, call, "book_appointment", Fixtures.NOW));

        assertThat(functionCallsOf(other.tenant(), call.id())).isEmpty();
        assertThat(functionCallsOf(t.tenant(), new CallId(UUID.randomUUID()))).isEmpty();
        assertThat(functionCallsOf(t.tenant(), call.id())).hasSize(1);
    }

    @Test
    void anEntryWithoutOptionalFieldsIsStoredOnce() {
        Fixtures t = Fixtures.create(persistence);
        Call call = call(t);
        FunctionCallLog.Entry bare = new FunctionCallLog.Entry(
                t.company().id(), call.id(), "book_appointment", "booked", null, null, null, 1, null, Fixtures.NOW);
        persistence.functionCallLog().record(bare);

        assertThat(functionCallsOf(t.tenant(), call.id())).containsExactly(bare);
        onDatabase(jdbi -> assertThat(count(
                        jdbi,
                        "SELECT COUNT(*) FROM function_calls WHERE call_id = ?",
                        call.id().value()))
                .isEqualTo(1));
    }
}
