package com.askpro.booking.domain.call;

import static com.askpro.booking.domain.testdata.TestCalls.analyzed;
import static com.askpro.booking.domain.testdata.TestCalls.ended;
import static com.askpro.booking.domain.testdata.TestCalls.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.RuleViolationException;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.testdata.TestCalls;
import com.askpro.booking.domain.testdata.TestCalls.Event;
import com.askpro.booking.domain.testdata.TestInstants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CallTest {

    private static final Instant LATER = TestInstants.minutesAfterNow(10);

    /** All orderings of the given events. */
    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> result = new ArrayList<>();
        for (T first : items) {
            List<T> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<T> tail : permutations(rest)) {
                List<T> ordering = new ArrayList<>();
                ordering.add(first);
                ordering.addAll(tail);
                result.add(ordering);
            }
        }
        return result;
    }

    static Stream<List<Event>> everyOrderOfStartedEndedAnalyzed() {
        List<List<Event>> orders = permutations(TestCalls.allEvents());
        assertThat(orders).hasSize(6).doesNotHaveDuplicates();
        return orders.stream();
    }

    private static Call applyAll(Call call, List<Event> events) {
        Call current = call;
        for (Event event : events) {
            current = current.apply(event.stage(), event.facts(), LATER).orElseThrow();
        }
        return current;
    }

    private static Call apply(Call call, Event event) {
        return call.apply(event.stage(), event.facts(), LATER).orElseThrow();
    }

    @Test
    void givenNewCallWhenRegisteredThenRegisteredWithoutFacts() {
        Call call = TestCalls.aRegisteredCall();

        assertThat(call.status()).isEqualTo(CallStatus.REGISTERED);
        assertThat(call.facts()).isEqualTo(CallFacts.NONE);
        assertThat(call.appointmentIds()).isEmpty();
        assertThat(call.customer()).isEmpty();
        assertThat(call.version()).isZero();
        assertThat(call.createdAt()).isEqualTo(TestInstants.NOW);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("everyOrderOfStartedEndedAnalyzed")
    void givenAnyOrderOfTheThreeEventsWhenAllAppliedThenAnalyzedWithAllFacts(List<Event> order) {
        Call call = applyAll(TestCalls.aRegisteredCall(), order);

        assertThat(call.status()).isEqualTo(CallStatus.ANALYZED);
        assertThat(call.facts()).isEqualTo(TestCalls.allFactsMerged());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("everyOrderOfStartedEndedAnalyzed")
    void givenAnyOrderOfTheThreeEventsWhenAppliedThenStatusNeverGoesBack(List<Event> order) {
        Call call = TestCalls.aRegisteredCall();
        for (Event event : order) {
            CallStatus before = call.status();
            call = apply(call, event);
            assertThat(call.status()).as("after " + event).isEqualTo(CallStatus.latest(before, event.stage()));
            assertThat(call.status().isBefore(before)).as("after " + event).isFalse();
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("everyOrderOfStartedEndedAnalyzed")
    void givenAnyOrderOfTheThreeEventsWhenEachIsDeliveredTwiceThenTheDuplicateIsIgnoredAndChangesNothing(
            List<Event> order) {
        Call call = TestCalls.aRegisteredCall();
        for (Event event : order) {
            call = apply(call, event);
            Transition<Call> duplicate = call.apply(event.stage(), event.facts(), LATER.plusSeconds(1));
            assertThat(duplicate).as("immediate duplicate of " + event).isInstanceOf(Transition.Ignored.class);
            assertThat(duplicate.state()).isEqualTo(call);
        }
        for (Event event : TestCalls.allEvents()) {
            Transition<Call> redelivered = call.apply(event.stage(), event.facts(), LATER.plusSeconds(2));
            assertThat(redelivered).as("redelivery of " + event + " at the end").isInstanceOf(Transition.Ignored.class);
            assertThat(redelivered.state()).isEqualTo(call);
        }
    }

    @Test
    void givenStartedCallWhenStartedArrivesAgainThenIgnoredAsDuplicate() {
        Call startedCall = apply(TestCalls.aRegisteredCall(), started());

        Transition<Call> again = startedCall.apply(CallStatus.STARTED, started().facts(), LATER);

        assertThat(again).isEqualTo(Transition.ignored(startedCall, "duplicate STARTED event"));
        assertThat(again.changed()).isFalse();
    }

    @Test
    void givenEndedCallWhenLateStartedArrivesThenEndFactsAndStatusAreKept() {
        Call endedCall = apply(TestCalls.aRegisteredCall(), ended());
        // A late call_started that (wrongly) also carries a stale start and transcript.
        CallFacts stale = CallFacts.startedAt(TestCalls.STARTED_AT).withOutcome(null, "partial transcript", null);

        Transition<Call> late = endedCall.apply(CallStatus.STARTED, stale, LATER);

        assertThat(late).isInstanceOf(Transition.Ignored.class);
        assertThat(((Transition.Ignored<Call>) late).why())
                .contains("late STARTED")
                .contains("ENDED");
        assertThat(late.state().status()).isEqualTo(CallStatus.ENDED);
        assertThat(late.state().facts().startedAt()).isEqualTo(TestCalls.STARTED_AT_PRECISE);
        assertThat(late.state().facts().endedAt()).isEqualTo(TestCalls.ENDED_AT);
        assertThat(late.state().facts().transcript()).isEqualTo(TestCalls.TRANSCRIPT_AT_END);
    }

    @Test
    void givenEndedCallWithoutStartTimeWhenLateStartedArrivesThenItFillsOnlyTheStart() {
        CallFacts endedWithoutStart = CallFacts.NONE
                .withTiming(null, TestCalls.ENDED_AT, TestCalls.DURATION_MS)
                .withOutcome("user_hangup", TestCalls.TRANSCRIPT_AT_END, null);
        Call endedCall = TestCalls.aRegisteredCall()
                .apply(CallStatus.ENDED, endedWithoutStart, LATER)
                .orElseThrow();

        Transition<Call> late = endedCall.apply(CallStatus.STARTED, started().facts(), LATER.plusSeconds(5));

        assertThat(late).isInstanceOf(Transition.Applied.class);
        Call filled = late.state();
        assertThat(filled.status()).isEqualTo(CallStatus.ENDED);
        assertThat(filled.facts())
                .isEqualTo(
                        endedWithoutStart.withTiming(TestCalls.STARTED_AT, TestCalls.ENDED_AT, TestCalls.DURATION_MS));
        assertThat(filled.updatedAt()).isEqualTo(LATER.plusSeconds(5));
    }

    @Test
    void givenAnalyzedCallWhenLateEndedArrivesWithDifferentTranscriptThenAnalyzedTranscriptIsKept() {
        Call analyzedCall = apply(TestCalls.aRegisteredCall(), analyzed());

        Call afterLateEnded = apply(analyzedCall, ended());

        assertThat(afterLateEnded.status()).isEqualTo(CallStatus.ANALYZED);
        assertThat(afterLateEnded.facts().transcript()).isEqualTo(TestCalls.TRANSCRIPT_ANALYZED);
        assertThat(afterLateEnded.facts().recordingUrl())
                .as("gap filled by the late event")
                .isEqualTo(TestCalls.RECORDING_URL);
    }

    @Test
    void givenEndedCallWhenAnalyzedArrivesThenAnalyzedFactsOverwriteAndEarlierFactsFillGaps() {
        Call endedCall = apply(apply(TestCalls.aRegisteredCall(), started()), ended());

        Call analyzedCall = apply(endedCall, analyzed());

        assertThat(analyzedCall.facts().transcript()).isEqualTo(TestCalls.TRANSCRIPT_ANALYZED);
        assertThat(analyzedCall.facts().recordingUrl()).isEqualTo(TestCalls.RECORDING_URL);
        assertThat(analyzedCall.facts().summary()).isEqualTo(TestCalls.SUMMARY);
        assertThat(analyzedCall.facts().successful()).isTrue();
        assertThat(analyzedCall.facts().costCents()).isEqualByComparingTo("12.5");
    }

    @Test
    void givenEventWhenAppliedThenUpdatedAtMovesAndIdentityStays() {
        Call registered = TestCalls.aRegisteredCall();

        Call startedCall = apply(registered, started());

        assertThat(startedCall.updatedAt()).isEqualTo(LATER);
        assertThat(startedCall.createdAt()).isEqualTo(registered.createdAt());
        assertThat(startedCall.id()).isEqualTo(registered.id());
        assertThat(startedCall.agentCallId()).isEqualTo(TestCalls.RETELL_CALL_ID);
        assertThat(startedCall.version())
                .as("the repository advances the version")
                .isEqualTo(registered.version());
    }

    @ParameterizedTest
    @EnumSource(CallStatus.class)
    void givenRegisteredCallWhenEventWithoutFactsArrivesForAStageThenOnlyLaterStagesChangeIt(CallStatus stage) {
        Transition<Call> result = TestCalls.aRegisteredCall().apply(stage, CallFacts.NONE, LATER);

        assertThat(result.changed()).isEqualTo(stage != CallStatus.REGISTERED);
        assertThat(result.state().status()).isEqualTo(stage);
    }

    @Test
    void givenMissingStageOrFactsWhenAppliedThenRejected() {
        Call call = TestCalls.aRegisteredCall();

        assertThatThrownBy(() -> call.apply(null, CallFacts.NONE, LATER))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("stage");
        assertThatThrownBy(() -> call.apply(CallStatus.ENDED, null, LATER))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("facts");
    }

    @Test
    void givenCallWhenCustomerLinkedThenLinkedAndSameCustomerAgainIgnored() {
        CustomerId maria = CustomerId.newId();
        Call linked = TestCalls.aRegisteredCall().linkCustomer(maria, LATER).orElseThrow();

        assertThat(linked.customer()).contains(maria);
        assertThat(linked.updatedAt()).isEqualTo(LATER);
        Transition<Call> again = linked.linkCustomer(maria, LATER.plusSeconds(1));
        assertThat(again).isInstanceOf(Transition.Ignored.class);
        assertThat(again.state()).isEqualTo(linked);
    }

    @Test
    void givenCallLinkedToACustomerWhenAnotherCustomerIsLinkedThenRefused() {
        Call linked = TestCalls.aRegisteredCall()
                .linkCustomer(CustomerId.newId(), LATER)
                .orElseThrow();

        Transition<Call> other = linked.linkCustomer(CustomerId.newId(), LATER);

        assertThat(other).isInstanceOf(Transition.Refused.class);
        assertThatThrownBy(other::orElseThrow)
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(TestCalls.RETELL_CALL_ID)
                .extracting(e -> ((RuleViolationException) e).rule())
                .isEqualTo("customer_already_linked");
    }

    @Test
    void givenCallWhenAppointmentsRecordedThenEachOnceInOrder() {
        AppointmentId first = AppointmentId.newId();
        AppointmentId second = AppointmentId.newId();
        Call call = TestCalls.aRegisteredCall().recordAppointment(first, LATER).orElseThrow();

        Transition<Call> repeat = call.recordAppointment(first, LATER);
        Call withBoth = call.recordAppointment(second, LATER).orElseThrow();

        assertThat(call.appointmentIds()).containsExactly(first);
        assertThat(repeat).isInstanceOf(Transition.Ignored.class);
        assertThat(repeat.state().appointmentIds()).containsExactly(first);
        assertThat(withBoth.appointmentIds()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void givenCallWithLinksAndAppointmentsWhenEventAppliedThenTheyAreKept() {
        CustomerId maria = CustomerId.newId();
        AppointmentId booked = AppointmentId.newId();
        Call call = TestCalls.aRegisteredCall()
                .linkCustomer(maria, LATER)
                .orElseThrow()
                .recordAppointment(booked, LATER)
                .orElseThrow();

        Call analyzedCall = apply(call, analyzed());

        assertThat(analyzedCall.customer()).contains(maria);
        assertThat(analyzedCall.appointmentIds()).containsExactly(booked);
    }

    @Test
    void givenWithheldCallerNumberWhenRegisteredThenCallerUnknown() {
        Call withheld = Call.register(
                CallId.newId(),
                TestCalls.aRegisteredCall().companyId(),
                TestCalls.aRegisteredCall().branchId(),
                "call_x",
                CallDirection.INBOUND,
                null,
                TestCalls.aRegisteredCall().to(),
                TestInstants.NOW);

        assertThat(withheld.caller()).isEmpty();
        assertThat(TestCalls.aRegisteredCall().caller()).isPresent();
    }

    @Test
    void givenInconsistentFactsWhenCreatedThenRejectedForTheRetellField() {
        assertThatThrownBy(() -> CallFacts.NONE.withTiming(TestCalls.ENDED_AT, TestCalls.STARTED_AT, null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("end_timestamp");
        assertThatThrownBy(() -> CallFacts.NONE.withTiming(null, null, -1L))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("duration_ms");
        assertThatThrownBy(() -> CallFacts.NONE.withCost(new java.math.BigDecimal("-0.01")))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("combined_cost");
    }

    @Test
    void givenCallStatusesWhenComparedThenOrderedRegisteredStartedEndedAnalyzed() {
        assertThat(CallStatus.REGISTERED.isBefore(CallStatus.STARTED)).isTrue();
        assertThat(CallStatus.ENDED.isBefore(CallStatus.STARTED)).isFalse();
        assertThat(CallStatus.ENDED.isBefore(CallStatus.ENDED)).isFalse();
        assertThat(CallStatus.latest(CallStatus.ANALYZED, CallStatus.STARTED)).isEqualTo(CallStatus.ANALYZED);
        assertThat(CallStatus.latest(CallStatus.STARTED, CallStatus.ENDED)).isEqualTo(CallStatus.ENDED);
    }
}
