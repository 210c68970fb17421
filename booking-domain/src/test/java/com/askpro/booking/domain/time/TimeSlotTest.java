package com.askpro.booking.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.testdata.TestInstants;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSlotTest {

    private static final Instant T0 = Instant.parse("2026-03-30T08:00:00Z");

    /** A slot from T0+startMinutes to T0+endMinutes. */
    private static TimeSlot slot(int startMinutes, int endMinutes) {
        return new TimeSlot(T0.plusSeconds(startMinutes * 60L), T0.plusSeconds(endMinutes * 60L));
    }

    @ParameterizedTest(name = "[{index}] [{0},{1}) vs [{2},{3}) -> {4} ({5})")
    @CsvSource({
        "0, 30,  30, 60,  false, adjacent after",
        "30, 60,  0, 30,  false, adjacent before",
        "0, 30,  45, 60,  false, apart",
        "0, 60,  15, 30,  true,  contains the other",
        "15, 30,  0, 60,  true,  contained in the other",
        "0, 30,  15, 45,  true,  partial at the end",
        "15, 45,  0, 30,  true,  partial at the start",
        "0, 30,   0, 30,  true,  equal",
        "0, 30,  29, 31,  true,  one minute in common",
    })
    void givenTwoSlotsWhenCheckedForOverlapThenHalfOpenAndSymmetric(
            int s1, int e1, int s2, int e2, boolean overlaps, String situation) {
        assertThat(slot(s1, e1).overlaps(slot(s2, e2))).as(situation).isEqualTo(overlaps);
        assertThat(slot(s2, e2).overlaps(slot(s1, e1)))
                .as(situation + ", reversed")
                .isEqualTo(overlaps);
    }

    @Test
    void givenEndAtOrBeforeStartWhenCreatedThenRejectedForEnd() {
        assertThatThrownBy(() -> new TimeSlot(T0, T0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must be after start")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("end");
        assertThatThrownBy(() -> new TimeSlot(T0, T0.minusSeconds(1)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("end");
    }

    @Test
    void givenMissingStartOrEndWhenCreatedThenRejectedForThatField() {
        assertThatThrownBy(() -> new TimeSlot(null, T0))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("start");
        assertThatThrownBy(() -> new TimeSlot(T0, null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("end");
    }

    @Test
    void givenStartAndDurationWhenCreatedThenEndAndDurationMatch() {
        TimeSlot slot = TimeSlot.of(T0, Duration.ofMinutes(90));

        assertThat(slot.end()).isEqualTo(Instant.parse("2026-03-30T09:30:00Z"));
        assertThat(slot.duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void givenZeroOrNegativeDurationWhenCreatedThenRejectedForDuration() {
        assertThatThrownBy(() -> TimeSlot.of(T0, Duration.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("duration");
        assertThatThrownBy(() -> TimeSlot.of(T0, Duration.ofMinutes(-5)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("duration");
    }

    @Test
    void givenSlotWhenAskedAboutInstantsThenStartIncludedEndExcluded() {
        TimeSlot slot = slot(0, 30);

        assertThat(slot.contains(T0)).isTrue();
        assertThat(slot.contains(T0.plusSeconds(30 * 60 - 1))).isTrue();
        assertThat(slot.contains(T0.plusSeconds(30 * 60))).isFalse();
        assertThat(slot.contains(T0.minusNanos(1))).isFalse();
    }

    @Test
    void givenSlotWhenExtendedByBufferThenLongerAtTheEndOnly() {
        TimeSlot extended = slot(0, 30).extendedBy(Duration.ofMinutes(10));

        assertThat(extended).isEqualTo(slot(0, 40));
        assertThat(slot(0, 30).extendedBy(Duration.ZERO)).isEqualTo(slot(0, 30));
        assertThatThrownBy(() -> slot(0, 30).extendedBy(Duration.ofMinutes(-1)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("after");
    }

    @ParameterizedTest(name = "[{index}] [0,60) encloses [{0},{1}) = {2}")
    @CsvSource({
        "0, 60, true",
        "0, 30, true",
        "30, 60, true",
        "15, 45, true",
        "-1, 30, false",
        "30, 61, false",
        "60, 90, false",
    })
    void givenSlotWhenAskedIfItEnclosesAnotherThenOnlyWhenCompletelyInside(int start, int end, boolean encloses) {
        assertThat(slot(0, 60).encloses(slot(start, end))).isEqualTo(encloses);
    }

    @Test
    void givenSlotWhenMovedThenSameDurationAtNewStart() {
        TimeSlot moved = slot(0, 30).movedTo(T0.plusSeconds(3600));

        assertThat(moved).isEqualTo(slot(60, 90));
    }

    @Test
    void givenSlotAcrossTheSpringForwardNightWhenShownInBerlinThenWallClockSkipsAnHour() {
        // 2026-03-29 01:30 UTC = 03:30 CEST; two hours earlier it was 00:30 CET.
        TimeSlot night = new TimeSlot(Instant.parse("2026-03-28T23:30:00Z"), Instant.parse("2026-03-29T01:30:00Z"));

        assertThat(night.startIn(TestInstants.BERLIN).toLocalTime()).hasToString("00:30");
        assertThat(night.endIn(TestInstants.BERLIN).toLocalTime()).hasToString("03:30");
        assertThat(night.duration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void givenSlotsWhenSortedThenByStartThenByEnd() {
        List<TimeSlot> slots = new ArrayList<>(List.of(slot(30, 60), slot(0, 60), slot(0, 30)));

        Collections.sort(slots);

        assertThat(slots).containsExactly(slot(0, 30), slot(0, 60), slot(30, 60));
    }
}
