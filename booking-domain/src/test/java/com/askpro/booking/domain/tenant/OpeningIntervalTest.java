package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningIntervalTest {

    @Test
    void givenHhMmTextsWhenParsedThenLocalTimesAndPrintedBack() {
        OpeningInterval interval = OpeningInterval.of("09:00", "18:00");

        assertThat(interval.from()).isEqualTo(LocalTime.of(9, 0));
        assertThat(interval.to()).isEqualTo(LocalTime.of(18, 0));
        assertThat(interval).hasToString("09:00-18:00");
    }

    @ParameterizedTest(name = "[{index}] {0}-{1}")
    @CsvSource({"18:00, 09:00", "09:00, 09:00"})
    void givenEndNotAfterStartWhenCreatedThenRejectedForTo(String from, String to) {
        assertThatThrownBy(() -> OpeningInterval.of(from, to))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must be after 'from'")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("to");
    }

    @ParameterizedTest
    @CsvSource({"9:00", "25:00", "09:60", "nine", "09:00:00"})
    void givenMalformedTimeWhenParsedThenRejectedWithFormatHint(String text) {
        assertThatThrownBy(() -> OpeningInterval.of(text, "23:00"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("from");
    }

    @Test
    void givenMidnightAsClosingTimeWhenParsedThenRejectedBecauseIntervalsStayWithinOneDay() {
        // "24:00" parses as 00:00 of the same day, which is not after the opening time.
        assertThatThrownBy(() -> OpeningInterval.of("18:00", "24:00"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("to");
    }

    @ParameterizedTest(name = "[{index}] {0}-{1} vs {2}-{3}: overlap={4}, common={5}")
    @CsvSource(
            nullValues = "none",
            value = {
                "09:00, 12:00, 12:00, 18:00, false, none",
                "09:00, 12:00, 11:00, 13:00, true,  11:00-12:00",
                "09:00, 18:00, 10:00, 11:00, true,  10:00-11:00",
                "09:00, 18:00, 09:00, 18:00, true,  09:00-18:00",
                "09:00, 10:00, 14:00, 15:00, false, none",
            })
    void givenTwoIntervalsWhenComparedThenHalfOpenOverlapAndIntersection(
            String f1, String t1, String f2, String t2, boolean overlap, String common) {
        OpeningInterval a = OpeningInterval.of(f1, t1);
        OpeningInterval b = OpeningInterval.of(f2, t2);

        assertThat(a.overlaps(b)).isEqualTo(overlap);
        assertThat(b.overlaps(a)).isEqualTo(overlap);
        assertThat(a.intersect(b) == null ? null : a.intersect(b).toString()).isEqualTo(common);
        assertThat(b.intersect(a)).isEqualTo(a.intersect(b));
    }
}
