package com.askpro.booking.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlternativeSlotFinderTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);
    static final StaffId ANNA = StaffId.newId();
    static final StaffId BEN = StaffId.newId();

    final Map<LocalDate, List<AvailableSlot>> calendar = new HashMap<>();
    final AlternativeSlotFinder finder = new AlternativeSlotFinder();

    @Test
    void givenFreeTimesAroundTheWishWhenFindingThenNearestFirstInBothDirections() {
        free(MONDAY, ANNA, "09:00", "10:30", "11:30", "14:00", "16:00", "17:00");

        List<AvailableSlot> found = finder.alternatives(at(MONDAY, "11:00"), BERLIN, this::slotsOn);

        assertThat(localTimes(found)).containsExactly("10:30", "11:30", "09:00", "14:00", "16:00");
    }

    @Test
    void givenAFreeTimeTomorrowThatIsCloserThanOneTodayWhenFindingThenTheSameDayIsPreferred() {
        free(MONDAY, ANNA, "09:00");
        free(MONDAY.plusDays(1), ANNA, "00:30");

        List<AvailableSlot> found = finder.alternatives(at(MONDAY, "22:00"), BERLIN, this::slotsOn);

        assertThat(found)
                .extracting(s -> s.slot().start())
                .containsExactly(at(MONDAY, "09:00"), at(MONDAY.plusDays(1), "00:30"));
    }

    @Test
    void givenManyFreeTimesWhenFindingThenAtMostFiveAndOnePerStartTime() {
        free(MONDAY, ANNA, "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00");
        free(MONDAY, BEN, "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00");

        List<AvailableSlot> found = finder.alternatives(at(MONDAY, "10:15"), BERLIN, this::slotsOn);

        assertThat(found).hasSize(5);
        assertThat(found).extracting(s -> s.slot().start()).doesNotHaveDuplicates();
    }

    @Test
    void givenTheWishedTimeItselfWhenFindingThenItIsNotSuggestedAsAnAlternative() {
        free(MONDAY, ANNA, "10:00", "10:30");

        assertThat(localTimes(finder.alternatives(at(MONDAY, "10:00"), BERLIN, this::slotsOn)))
                .containsExactly("10:30");
    }

    @Test
    void givenFreeTimeOnlyAfterSevenDaysWhenFindingThenNothingIsSuggested() {
        free(MONDAY.plusDays(8), ANNA, "10:00");
        free(MONDAY.plusDays(7), BEN, "17:00");

        List<AvailableSlot> found = finder.alternatives(at(MONDAY, "10:00"), BERLIN, this::slotsOn);

        assertThat(found).extracting(s -> s.slot().start()).containsExactly(at(MONDAY.plusDays(7), "17:00"));
    }

    @Test
    void givenAFullWeekWhenFindingThenEmpty() {
        assertThat(finder.alternatives(at(MONDAY, "10:00"), BERLIN, this::slotsOn))
                .isEmpty();
    }

    @Test
    void givenAnUnreasonableConfigurationWhenCreatingThenRefused() {
        assertThatThrownBy(() -> new AlternativeSlotFinder(0, 7)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AlternativeSlotFinder(5, -1)).isInstanceOf(InvalidValueException.class);
    }

    private List<AvailableSlot> slotsOn(LocalDate date) {
        return calendar.getOrDefault(date, List.of());
    }

    private void free(LocalDate date, StaffId staff, String... times) {
        List<AvailableSlot> slots = new ArrayList<>(calendar.getOrDefault(date, List.of()));
        for (String time : times) {
            slots.add(new AvailableSlot(TimeSlot.of(at(date, time), Duration.ofMinutes(30)), staff));
        }
        calendar.put(date, slots);
    }

    private static Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    private static List<String> localTimes(List<AvailableSlot> slots) {
        return slots.stream()
                .map(s -> s.slot().start().atZone(BERLIN).toLocalTime().toString())
                .toList();
    }
}
