package com.askpro.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequireTest {

    @Test
    void givenNullWhenRequiredNotNullThenRejectedQuotingTheField() {
        assertThatThrownBy(() -> Require.notNull("start", null))
                .isInstanceOf(InvalidValueException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'start' must not be null")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("start");
        assertThat(Require.notNull("start", "x")).isEqualTo("x");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void givenBlankWhenRequiredTextThenRejected(String value) {
        assertThatThrownBy(() -> Require.text("name", value, 10))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'name' must not be blank");
    }

    @Test
    void givenPaddedTextWhenRequiredTextThenStrippedAndLengthCheckedAfterStripping() {
        assertThat(Require.text("name", "  Anna  ", 4)).isEqualTo("Anna");
        assertThatThrownBy(() -> Require.text("name", "Annabel", 4))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'name' must be at most 4 characters");
    }

    @Test
    void givenBlankOrTextWhenOptionalTextThenNullOrStripped() {
        assertThat(Require.optionalText("notes", null, 5)).isNull();
        assertThat(Require.optionalText("notes", "   ", 5)).isNull();
        assertThat(Require.optionalText("notes", " hi ", 5)).isEqualTo("hi");
        assertThatThrownBy(() -> Require.optionalText("notes", "too long", 5))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("notes");
    }

    @Test
    void givenDurationsWhenRequiredPositiveThenOnlyAboveZeroPasses() {
        assertThat(Require.positive("ttl", Duration.ofNanos(1))).isEqualTo(Duration.ofNanos(1));
        assertThatThrownBy(() -> Require.positive("ttl", Duration.ZERO)).hasMessage("'ttl' must be positive");
        assertThatThrownBy(() -> Require.positive("ttl", Duration.ofSeconds(-1)))
                .hasMessage("'ttl' must be positive");
        assertThatThrownBy(() -> Require.positive("ttl", null)).hasMessage("'ttl' must not be null");
    }

    @Test
    void givenDurationsWhenRequiredNotNegativeThenZeroPassesNegativeFails() {
        assertThat(Require.notNegative("buffer", Duration.ZERO)).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> Require.notNegative("buffer", Duration.ofSeconds(-1)))
                .hasMessage("'buffer' must not be negative");
    }

    @Test
    void givenCollectionWithNullWhenRequiredNoNullElementsThenRejected() {
        assertThat(Require.noNullElements("ids", List.of(1, 2))).containsExactly(1, 2);
        assertThatThrownBy(() -> Require.noNullElements("ids", Arrays.asList(1, null)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'ids' must not contain null");
        assertThatThrownBy(() -> Require.noNullElements("ids", null)).hasMessage("'ids' must not be null");
    }
}
