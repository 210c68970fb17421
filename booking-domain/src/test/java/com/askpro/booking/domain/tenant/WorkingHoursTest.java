package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.testdata.DemoTenant;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkingHoursTest {

    private final WorkingHours demo = DemoTenant.workingHours();

    @ParameterizedTest
    @EnumSource(
            value = DayOfWeek.class,
            names = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
    void givenDemoHoursWhenAskedForWeekdayThenNineToSix(DayOfWeek day) {
        assertThat(demo.isOpenOn(day)).isTrue();
        assertThat(demo.on(day)).containsExactly(OpeningInterval.of("09:00", "18:00"));
    }

    @Test
    void givenDemoHoursWhenAskedForWeekendThenSaturdayShortAndSundayClosed() {
        assertThat(demo.on(DayOfWeek.SATURDAY)).containsExactly(OpeningInterval.of("10:00", "14:00"));
        assertThat(demo.isOpenOn(DayOfWeek.SUNDAY)).isFalse();
        assertThat(demo.on(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void givenOverlappingIntervalsOnADayWhenCreatedThenRejectedNamingTheDay() {
        Map<DayOfWeek, List<OpeningInterval>> days = Map.of(
                DayOfWeek.MONDAY, List.of(OpeningInterval.of("09:00", "13:00"), OpeningInterval.of("12:00", "18:00")));

        assertThatThrownBy(() -> new WorkingHours(days))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("overlapping intervals 09:00-13:00 and 12:00-18:00")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("working_hours.mon");
    }

    @Test
    void givenAdjacentUnsortedIntervalsWhenCreatedThenAcceptedAndSorted() {
        WorkingHours split = WorkingHours.closed()
                .with(DayOfWeek.TUESDAY, OpeningInterval.of("14:00", "18:00"), OpeningInterval.of("09:00", "14:00"));

        assertThat(split.on(DayOfWeek.TUESDAY))
                .containsExactly(OpeningInterval.of("09:00", "14:00"), OpeningInterval.of("14:00", "18:00"));
    }

    @Test
    void givenDayWithNoIntervalsWhenCreatedThenThatDayIsClosedAndEqualToLeavingItOut() {
        WorkingHours closedSaturday = demo.with(DayOfWeek.SATURDAY);

        assertThat(closedSaturday.isOpenOn(DayOfWeek.SATURDAY)).isFalse();
        assertThat(closedSaturday.days()).doesNotContainKey(DayOfWeek.SATURDAY);
        assertThat(closedSaturday.isOpenOn(DayOfWeek.MONDAY)).isTrue();
        assertThat(demo.isOpenOn(DayOfWeek.SATURDAY))
                .as("the original is unchanged")
                .isTrue();
    }

    @Test
    void givenClosedHoursWhenAskedForAnyDayThenClosed() {
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(WorkingHours.closed().isOpenOn(day)).as(day.name()).isFalse();
        }
    }

    @Test
    void givenNullIntervalInADayWhenCreatedThenRejected() {
        List<OpeningInterval> withNull = new ArrayList<>();
        withNull.add(null);
        Map<DayOfWeek, List<OpeningInterval>> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.FRIDAY, withNull);

        assertThatThrownBy(() -> new WorkingHours(days))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("working_hours.fri");
    }

    @Test
    void givenInputMapChangedAfterwardsWhenReadThenHoursUnaffected() {
        Map<DayOfWeek, List<OpeningInterval>> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.MONDAY, List.of(OpeningInterval.of("09:00", "12:00")));
        WorkingHours hours = new WorkingHours(days);

        days.put(DayOfWeek.SUNDAY, List.of(OpeningInterval.of("09:00", "12:00")));

        assertThat(hours.isOpenOn(DayOfWeek.SUNDAY)).isFalse();
        assertThatThrownBy(() -> hours.days().put(DayOfWeek.SUNDAY, List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givenStaffHoursWithLunchBreakWhenIntersectedWithBranchThenOnlyCommonTimes() {
        WorkingHours anna = WorkingHours.closed()
                .with(DayOfWeek.MONDAY, OpeningInterval.of("08:00", "12:00"), OpeningInterval.of("13:00", "20:00"))
                .with(DayOfWeek.SUNDAY, OpeningInterval.of("10:00", "12:00"));

        assertThat(demo.intersectOn(DayOfWeek.MONDAY, anna))
                .containsExactly(OpeningInterval.of("09:00", "12:00"), OpeningInterval.of("13:00", "18:00"));
        assertThat(anna.intersectOn(DayOfWeek.MONDAY, demo)).isEqualTo(demo.intersectOn(DayOfWeek.MONDAY, anna));
        assertThat(demo.intersectOn(DayOfWeek.SUNDAY, anna))
                .as("branch closed on Sunday")
                .isEmpty();
        assertThat(demo.intersectOn(DayOfWeek.TUESDAY, anna))
                .as("staff off on Tuesday")
                .isEmpty();
    }

    @Test
    void givenTouchingHoursWhenIntersectedThenNothingInCommon() {
        WorkingHours evening = WorkingHours.closed().with(DayOfWeek.MONDAY, OpeningInterval.of("18:00", "22:00"));

        assertThat(demo.intersectOn(DayOfWeek.MONDAY, evening)).isEmpty();
    }
}
