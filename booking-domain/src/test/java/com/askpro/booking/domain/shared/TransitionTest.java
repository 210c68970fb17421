package com.askpro.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransitionTest {

    @Test
    void givenAppliedWhenMappedThenAppliedWithMappedState() {
        Transition<Integer> mapped = Transition.applied("four").map(String::length);

        assertThat(mapped).isEqualTo(Transition.applied(4));
        assertThat(mapped.changed()).isTrue();
        assertThat(mapped.orElseThrow()).isEqualTo(4);
    }

    @Test
    void givenIgnoredWhenMappedThenIgnoredWithMappedStateAndSameReason() {
        Transition<Integer> mapped = Transition.ignored("four", "duplicate").map(String::length);

        assertThat(mapped).isEqualTo(new Transition.Ignored<>(4, "duplicate"));
        assertThat(mapped.changed()).isFalse();
        assertThat(mapped.orElseThrow())
                .as("an ignored request is not an error")
                .isEqualTo(4);
    }

    @Test
    void givenRefusedWhenMappedThenRefusedWithSameRuleAndMapperNotCalled() {
        AtomicInteger calls = new AtomicInteger();
        Transition<Integer> mapped =
                Transition.<String>refused("slot_taken", "taken").map(s -> calls.incrementAndGet());

        assertThat(mapped).isEqualTo(new Transition.Refused<Integer>("slot_taken", "taken"));
        assertThat(mapped.state()).isNull();
        assertThat(mapped.changed()).isFalse();
        assertThat(calls).hasValue(0);
    }

    @Test
    void givenRefusedWhenInsistedOnThenRuleViolationWithRuleAndMessage() {
        Transition<String> refused = Transition.refused("appointment_cancelled", "cannot confirm");

        assertThatThrownBy(refused::orElseThrow)
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("cannot confirm")
                .extracting(e -> ((RuleViolationException) e).rule())
                .isEqualTo("appointment_cancelled");
    }

    @Test
    void givenNullStateWhenAppliedOrIgnoredThenRejected() {
        assertThatThrownBy(() -> Transition.applied(null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("state");
        assertThatThrownBy(() -> Transition.ignored(null, "why")).isInstanceOf(InvalidValueException.class);
    }
}
