package com.askpro.booking.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.AssignmentPolicy;
import com.askpro.booking.domain.tenant.BookingPolicy;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.StaffSkill;
import com.askpro.booking.domain.tenant.WorkingHours;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff skills in availability (own durations) and the three assignment policies, on a fixed clock. */
class StaffSkillsAvailabilityTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final CompanyId COMPANY = CompanyId.newId();
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);
    static final Instant NOW = Instant.parse("2026-03-29T10:00:00Z");
    static final Instant TEN = Instant.parse("2026-03-30T08:00:00Z");

    final Branch branch = Branch.open(
            BranchId.newId(),
            COMPANY,
            "Mitte",
            BERLIN,
            WorkingHours.of(List.of(DayOfWeek.MONDAY), OpeningInterval.of("09:00", "12:00")));
    final Service colouring =
            Service.offer(ServiceId.newId(), COMPANY, null, "Färben", Duration.ofMinutes(60), Duration.ZERO, List.of());
    // fixed ids so that the calendar's own order (by staff id) is known: a < b < c
    final Staff anna = staff("00000000-0000-0000-0000-00000000000a", "Anna", null);
    final Staff ben = staff(
            "00000000-0000-0000-0000-00000000000b", "Ben", new StaffSkill(colouring.id(), Duration.ofMinutes(90), 3));
    final Staff cem = staff("00000000-0000-0000-0000-00000000000c", "Cem", new StaffSkill(colouring.id(), null, 2));

    @Test
    void givenAStaffMemberWithAnOwnDurationWhenSlotsAreComputedThenTheirSlotsLastThatLong() {
        List<AvailableSlot> slots = new AvailabilityCalculator()
                .freeSlots(new AvailabilityCalculator.Request(
                        branch, BookingPolicy.DEFAULT, colouring, List.of(anna, ben), List.of(), MONDAY, NOW));

        List<AvailableSlot> bens =
                slots.stream().filter(s -> ben.id().equals(s.staffId())).toList();
        List<AvailableSlot> annas =
                slots.stream().filter(s -> anna.id().equals(s.staffId())).toList();
        assertThat(bens).allSatisfy(s -> assertThat(s.slot().duration()).isEqualTo(Duration.ofMinutes(90)));
        assertThat(annas).allSatisfy(s -> assertThat(s.slot().duration()).isEqualTo(Duration.ofMinutes(60)));
        // 09:00–12:00: Ben's 90 minutes last start at 10:30, Anna's 60 at 11:00
        assertThat(bens.get(bens.size() - 1).slot().start()).isEqualTo(Instant.parse("2026-03-30T08:30:00Z"));
        assertThat(annas.get(annas.size() - 1).slot().start()).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
    }

    @Test
    void givenSkillsWhenAskedForDurationAndLevelThenTheSkillOrTheServiceDecides() {
        assertThat(ben.durationFor(colouring)).isEqualTo(Duration.ofMinutes(90));
        assertThat(cem.durationFor(colouring)).isEqualTo(Duration.ofMinutes(60));
        assertThat(anna.levelFor(colouring.id())).isEqualTo(1);
        assertThat(ben.levelFor(colouring.id())).isEqualTo(3);
        assertThat(ben.levelFor(ServiceId.newId())).isZero();
        assertThat(ben.serviceIds()).contains(colouring.id());
    }

    @Test
    void givenInvalidSkillsWhenBuiltThenTheyAreRefused() {
        assertThatThrownBy(() -> new StaffSkill(colouring.id(), null, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StaffSkill(colouring.id(), null, 4)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StaffSkill(colouring.id(), Duration.ofSeconds(90), 1))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Staff(
                        StaffId.newId(),
                        COMPANY,
                        branch.id(),
                        "Doppelt",
                        Set.of(),
                        null,
                        true,
                        List.of(new StaffSkill(colouring.id(), null, 1), new StaffSkill(colouring.id(), null, 2))))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenEarliestWhenOrderedThenTheCalendarsOrderStands() {
        List<AvailableSlot> order = order(AssignmentPolicy.EARLIEST, Map.of(anna.id(), Duration.ofMinutes(120)));

        assertThat(order).extracting(AvailableSlot::staffId).containsExactly(anna.id(), ben.id(), cem.id());
    }

    @Test
    void givenBalancedWhenOrderedThenFewestBookedMinutesFirstAndTiesByCalendar() {
        List<AvailableSlot> order = order(
                AssignmentPolicy.BALANCED,
                Map.of(anna.id(), Duration.ofMinutes(120), ben.id(), Duration.ofMinutes(30)));

        assertThat(order).extracting(AvailableSlot::staffId).containsExactly(cem.id(), ben.id(), anna.id());
        assertThat(order(AssignmentPolicy.BALANCED, Map.of()))
                .extracting(AvailableSlot::staffId)
                .containsExactly(anna.id(), ben.id(), cem.id());
    }

    @Test
    void givenBestSkillWhenOrderedThenHighestLevelFirstThenFewestMinutesThenCalendar() {
        assertThat(order(AssignmentPolicy.BEST_SKILL, Map.of()))
                .extracting(AvailableSlot::staffId)
                .containsExactly(ben.id(), cem.id(), anna.id());

        Staff dana = staff("00000000-0000-0000-0000-000000000000", "Dana", new StaffSkill(colouring.id(), null, 3));
        List<AvailableSlot> tie = new StaffAssignment()
                .order(
                        AssignmentPolicy.BEST_SKILL,
                        colouring.id(),
                        List.of(slot(ben), slot(dana)),
                        List.of(ben, dana),
                        Map.of(dana.id(), Duration.ofMinutes(60)));
        assertThat(tie).extracting(AvailableSlot::staffId).containsExactly(ben.id(), dana.id());
        List<AvailableSlot> calendarTie = new StaffAssignment()
                .order(
                        AssignmentPolicy.BEST_SKILL,
                        colouring.id(),
                        List.of(slot(ben), slot(dana)),
                        List.of(ben, dana),
                        Map.of());
        assertThat(calendarTie).extracting(AvailableSlot::staffId).containsExactly(dana.id(), ben.id());
    }

    @Test
    void givenAnyPolicyWhenSlotsStartAtDifferentTimesThenTheEarlierStartStaysFirst() {
        AvailableSlot late = new AvailableSlot(TimeSlot.of(TEN.plusSeconds(1800), Duration.ofMinutes(60)), ben.id());
        for (AssignmentPolicy policy : AssignmentPolicy.values()) {
            List<AvailableSlot> order = new StaffAssignment()
                    .order(
                            policy,
                            colouring.id(),
                            List.of(late, slot(anna)),
                            List.of(anna, ben),
                            Map.of(anna.id(), Duration.ofMinutes(300)));
            assertThat(order)
                    .as(policy.name())
                    .extracting(AvailableSlot::staffId)
                    .containsExactly(anna.id(), ben.id());
        }
    }

    @Test
    void givenPolicyCodesWhenParsedThenKnownOnesAreReadAndOthersRefused() {
        assertThat(AssignmentPolicy.parse(null)).isEqualTo(AssignmentPolicy.EARLIEST);
        assertThat(AssignmentPolicy.parse(" Best_Skill ")).isEqualTo(AssignmentPolicy.BEST_SKILL);
        assertThat(AssignmentPolicy.BALANCED.code()).isEqualTo("balanced");
        assertThatThrownBy(() -> AssignmentPolicy.parse("random")).isInstanceOf(InvalidValueException.class);
    }

    private List<AvailableSlot> order(AssignmentPolicy policy, Map<StaffId, Duration> booked) {
        return new StaffAssignment()
                .order(
                        policy,
                        colouring.id(),
                        List.of(slot(cem), slot(ben), slot(anna)),
                        List.of(anna, ben, cem),
                        booked);
    }

    /** One hour at ten for {@code staff} (same length for all, so only the policy orders them). */
    private AvailableSlot slot(Staff staff) {
        return new AvailableSlot(TimeSlot.of(TEN, Duration.ofMinutes(60)), staff.id());
    }

    private Staff staff(String id, String name, StaffSkill skill) {
        return new Staff(
                new StaffId(UUID.fromString(id)),
                COMPANY,
                branch.id(),
                name,
                Set.of(colouring.id()),
                null,
                true,
                skill == null ? List.of() : List.of(skill));
    }
}
