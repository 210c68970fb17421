package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BookingPolicyTest {

    @Test
    void givenDefaultPolicyWhenReadThenOneHourNoticeSixtyDaysQuarterHourGrid() {
        assertThat(BookingPolicy.DEFAULT.minimumNotice()).isEqualTo(Duration.ofHours(1));
        assertThat(BookingPolicy.DEFAULT.bookingWindowDays()).isEqualTo(60);
        assertThat(BookingPolicy.DEFAULT.slotStep()).isEqualTo(Duration.ofMinutes(15));
    }

    @ParameterizedTest(name = "[{index}] notice={0}s window={1}d step={2}s")
    @CsvSource({"0, 1, 300", "86400, 366, 7200"})
    void givenBoundaryValuesWhenCreatedThenAccepted(long noticeSeconds, int windowDays, long stepSeconds) {
        BookingPolicy policy =
                new BookingPolicy(Duration.ofSeconds(noticeSeconds), windowDays, Duration.ofSeconds(stepSeconds));

        assertThat(policy.bookingWindowDays()).isEqualTo(windowDays);
    }

    @Test
    void givenNegativeNoticeWhenCreatedThenRejected() {
        assertThatThrownBy(() -> new BookingPolicy(Duration.ofMinutes(-1), 60, Duration.ofMinutes(15)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("minimum_notice");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 367})
    void givenWindowOutsideOneToThreeHundredSixtySixDaysWhenCreatedThenRejected(int days) {
        assertThatThrownBy(() -> new BookingPolicy(Duration.ZERO, days, Duration.ofMinutes(15)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("between 1 and 366")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("booking_window_days");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -300, 240, 330, 7260})
    void givenStepNotWholeMinutesFromFiveToOneTwentyWhenCreatedThenRejected(long seconds) {
        assertThatThrownBy(() -> new BookingPolicy(Duration.ZERO, 60, Duration.ofSeconds(seconds)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("slot_step");
    }
}
