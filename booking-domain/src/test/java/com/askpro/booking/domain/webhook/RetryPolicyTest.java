package com.askpro.booking.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    @ParameterizedTest(name = "[{index}] after attempt {0}: {1}s")
    @CsvSource({
        "1, 5",
        "2, 10",
        "3, 20",
        "4, 40",
        "5, 80",
        "10, 2560",
        "11, 3600",
        "12, 3600",
        "31, 3600",
        "100, 3600",
        "2147483647, 3600",
    })
    void givenWebhookPolicyWhenAttemptFailsThenDelayDoublesFromFiveSecondsCappedAtAnHour(int attempt, long seconds) {
        assertThat(RetryPolicy.WEBHOOKS.delayAfter(attempt)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void givenWebhookPolicyWhenCountingAttemptsThenEightAttemptsInAll() {
        assertThat(RetryPolicy.WEBHOOKS.maxAttempts()).isEqualTo(8);
        assertThat(RetryPolicy.WEBHOOKS.allowsAnotherAfter(1)).isTrue();
        assertThat(RetryPolicy.WEBHOOKS.allowsAnotherAfter(7)).isTrue();
        assertThat(RetryPolicy.WEBHOOKS.allowsAnotherAfter(8)).isFalse();
        assertThat(RetryPolicy.WEBHOOKS.allowsAnotherAfter(9)).isFalse();
    }

    @Test
    void givenSmallCapWhenAttemptsFailThenCapReachedEarly() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(5), Duration.ofSeconds(12));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(12));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void givenAttemptBelowOneWhenAskedForDelayThenRejected(int attempt) {
        assertThatThrownBy(() -> RetryPolicy.WEBHOOKS.delayAfter(attempt))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("attempt");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void givenMaxAttemptsOutOfRangeWhenCreatedThenRejected(int maxAttempts) {
        assertThatThrownBy(() -> new RetryPolicy(maxAttempts, Duration.ofSeconds(5), Duration.ofHours(1)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("max_attempts");
    }

    @Test
    void givenBadDelaysWhenCreatedThenRejectedForTheDelay() {
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("initial_delay");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not be shorter than initial_delay")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("max_delay");
    }
}
