package com.askpro.booking.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.tenant.BookingPolicy;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.WorkingHours;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailabilityCalculatorTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final CompanyId COMPANY = CompanyId.newId();
    static final WorkingHours SALON_HOURS = WorkingHours.of(
                    List.of(
                            DayOfWeek.MONDAY,
                            DayOfWeek.TUESDAY,
                            DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY),
                    OpeningInterval.of("09:00", "18:00"))
            .with(DayOfWeek.SATURDAY, OpeningInterval.of("10:00", "14:00"));
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);
    static final Instant SUNDAY_NOON = Instant.parse("2026-03-29T10:00:00Z");

    final AvailabilityCalculator calculator = new AvailabilityCalculator();
    final Branch branch = Branch.open(BranchId.newId(), COMPANY, "Berlin Mitte", BERLIN, SALON_HOURS);
    final Service haircut = service("Haarschnitt", 30, 0);
    final Service colouring = service("Färben", 90, 0);
    final Staff anna = Staff.hire(StaffId.newId(), COMPANY, branch.id(), "Anna", Set.of(haircut.id(), colouring.id()));
    final Staff ben = Staff.hire(StaffId.newId(), COMPANY, branch.id(), "Ben", Set.of(haircut.id(), colouring.id()));

    @Test
    void givenAnOpenWeekdayWhenAskedThenEveryQuarterHourForEachStaffMemberWithinOpeningHours() {
        List<AvailableSlot> slots = free(haircut, List.of(anna, ben), List.of(), MONDAY, SUNDAY_NOON);

        assertThat(slots).hasSize(2 * 35);
        assertThat(startsOf(slots, anna)).first().isEqualTo(local(MONDAY, "09:00"));
        assertThat(startsOf(slots, anna)).last().isEqualTo(local(MONDAY, "17:30"));
        assertThat(slots.get(0).slot().start()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void givenALongServiceWhenItWouldStraddleClosingTimeThenItIsNotOffered() {
        List<AvailableSlot> slots = free(colouring, List.of(anna), List.of(), MONDAY, SUNDAY_NOON);

        assertThat(startsOf(slots, anna)).last().isEqualTo(local(MONDAY, "16:30"));
        assertThat(slots).allSatisfy(s -> assertThat(s.slot().end()).isBeforeOrEqualTo(local(MONDAY, "18:00")));
    }

    @Test
    void givenAnExistingAppointmentWithBufferWhenAskedThenItsBlockedTimeIsNotOfferedForThatStaffMemberOnly() {
        Appointment existing = appointment(anna, local(MONDAY, "10:00"), 30, 10);

        List<AvailableSlot> slots = free(haircut, List.of(anna, ben), List.of(existing), MONDAY, SUNDAY_NOON);

        assertThat(startsOf(slots, anna))
                .contains(local(MONDAY, "09:30"), local(MONDAY, "10:45"))
                .doesNotContain(
                        local(MONDAY, "09:45"), local(MONDAY, "10:00"), local(MONDAY, "10:15"), local(MONDAY, "10:30"));
        assertThat(startsOf(slots, ben)).contains(local(MONDAY, "10:00"), local(MONDAY, "10:15"));
    }

    @Test
    void givenAServiceWithBufferWhenItsBufferWouldRunIntoTheNextAppointmentThenTheSlotIsNotOffered() {
        Service withBuffer = service("Dauerwelle", 30, 15);
        Staff carla = Staff.hire(StaffId.newId(), COMPANY, branch.id(), "Carla", Set.of(withBuffer.id()));
        Appointment existing = appointment(carla, local(MONDAY, "10:00"), 30, 0);

        List<AvailableSlot> slots = free(withBuffer, List.of(carla), List.of(existing), MONDAY, SUNDAY_NOON);

        assertThat(startsOf(slots, carla)).contains(local(MONDAY, "09:15")).doesNotContain(local(MONDAY, "09:30"));
    }

    @Test
    void givenACancelledAppointmentWhenAskedThenItsTimeIsFreeAgain() {
        Appointment cancelled = appointment(anna, local(MONDAY, "10:00"), 30, 0)
                .cancel("caller changed plans", SUNDAY_NOON)
                .orElseThrow();

        assertThat(startsOf(free(haircut, List.of(anna), List.of(cancelled), MONDAY, SUNDAY_NOON), anna))
                .contains(local(MONDAY, "10:00"));
    }

    @Test
    void givenSundayOrAClosedDayWhenAskedThenNothingIsOffered() {
        LocalDate sunday = LocalDate.of(2026, 4, 5);
        Branch closedOnMonday = branch.withClosedDays(Set.of(MONDAY));

        assertThat(free(haircut, List.of(anna), List.of(), sunday, SUNDAY_NOON)).isEmpty();
        assertThat(calculator.freeSlots(new AvailabilityCalculator.Request(
                        closedOnMonday, BookingPolicy.DEFAULT, haircut, List.of(anna), List.of(), MONDAY, SUNDAY_NOON)))
                .isEmpty();
    }

    @Test
    void givenSaturdayWhenAskedThenOnlyTheShortSaturdayHours() {
        LocalDate saturday = LocalDate.of(2026, 4, 4);

        List<Instant> starts = startsOf(free(haircut, List.of(anna), List.of(), saturday, SUNDAY_NOON), anna);

        assertThat(starts).first().isEqualTo(local(saturday, "10:00"));
        assertThat(starts).last().isEqualTo(local(saturday, "13:30"));
    }

    @Test
    void givenMinimumNoticeWhenAskedForTodayThenSlotsTooSoonAreNotOffered() {
        Instant mondayAt1030 = local(MONDAY, "10:30");

        List<Instant> starts = startsOf(free(haircut, List.of(anna), List.of(), MONDAY, mondayAt1030), anna);

        assertThat(starts).first().isEqualTo(local(MONDAY, "11:30"));
    }

    @Test
    void givenTheBookingWindowWhenAskedForAPastDayOrBeyondTheWindowThenNothingIsOffered() {
        BookingPolicy twoWeeks = new BookingPolicy(Duration.ZERO, 14, Duration.ofMinutes(15));

        assertThat(calculator.freeSlots(
                        request(twoWeeks, haircut, List.of(anna), List.of(), MONDAY.minusDays(7), SUNDAY_NOON)))
                .isEmpty();
        assertThat(calculator.freeSlots(
                        request(twoWeeks, haircut, List.of(anna), List.of(), MONDAY.plusDays(14), SUNDAY_NOON)))
                .isEmpty();
        assertThat(calculator.freeSlots(
                        request(twoWeeks, haircut, List.of(anna), List.of(), MONDAY.plusDays(7), SUNDAY_NOON)))
                .isNotEmpty();
    }

    @Test
    void givenStaffWithOwnHoursWhenAskedThenOnlyWhereTheirHoursAndTheBranchHoursOverlap() {
        Staff late = ben.withWorkingHours(
                WorkingHours.closed().with(DayOfWeek.MONDAY, OpeningInterval.of("13:00", "20:00")));

        List<Instant> starts = startsOf(free(haircut, List.of(late), List.of(), MONDAY, SUNDAY_NOON), late);

        assertThat(starts).first().isEqualTo(local(MONDAY, "13:00"));
        assertThat(starts).last().isEqualTo(local(MONDAY, "17:30"));
    }

    @Test
    void givenStaffWhoDoNotPerformTheServiceOrAreInactiveWhenAskedThenTheyAreNotOffered() {
        Staff trainee = Staff.hire(StaffId.newId(), COMPANY, branch.id(), "Tom", Set.of(colouring.id()));

        List<AvailableSlot> slots =
                free(haircut, List.of(trainee, anna.deactivated(), ben), List.of(), MONDAY, SUNDAY_NOON);

        assertThat(slots).isNotEmpty().allSatisfy(s -> assertThat(s.staffId()).isEqualTo(ben.id()));
    }

    @Test
    void givenABranchWithoutStaffWhenAskedThenTheBranchItselfIsBookedAndItsAppointmentsBlock() {
        Appointment onBranch = Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        COMPANY,
                        branch.id(),
                        haircut.id(),
                        null,
                        CustomerId.newId(),
                        TimeSlot.of(local(MONDAY, "09:00"), Duration.ofMinutes(30)),
                        Duration.ZERO,
                        BERLIN,
                        null,
                        null),
                false,
                SUNDAY_NOON);

        List<AvailableSlot> slots = free(haircut, List.of(), List.of(onBranch), MONDAY, SUNDAY_NOON);

        assertThat(slots).allSatisfy(s -> assertThat(s.staffId()).isNull());
        assertThat(slots).first().extracting(s -> s.slot().start()).isEqualTo(local(MONDAY, "09:30"));
    }

    @Test
    void givenTheSpringForwardDayWhenTheBranchWorksAcrossTheGapThenOnlyExistingWallClockTimesAreOffered() {
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        Branch night = Branch.open(
                BranchId.newId(),
                COMPANY,
                "Nacht",
                BERLIN,
                WorkingHours.closed().with(DayOfWeek.SUNDAY, OpeningInterval.of("01:00", "05:00")));
        BookingPolicy halfHourly = new BookingPolicy(Duration.ZERO, 60, Duration.ofMinutes(30));

        List<AvailableSlot> slots = calculator.freeSlots(new AvailabilityCalculator.Request(
                night,
                halfHourly,
                haircut,
                List.of(),
                List.of(),
                springForward,
                Instant.parse("2026-03-28T00:00:00Z")));

        assertThat(slots)
                .extracting(s -> s.slot().start().atZone(BERLIN).toLocalTime())
                .containsExactly(
                        LocalTime.of(1, 0),
                        LocalTime.of(1, 30),
                        LocalTime.of(3, 0),
                        LocalTime.of(3, 30),
                        LocalTime.of(4, 0),
                        LocalTime.of(4, 30));
        assertThat(slots).allSatisfy(s -> assertThat(s.slot().duration()).isEqualTo(Duration.ofMinutes(30)));
        assertThat(slots.get(2).slot().start()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void givenTheFallBackDayWhenTheBranchWorksAcrossTheRepeatedHourThenBothTwoOClocksAreOffered() {
        LocalDate fallBack = LocalDate.of(2026, 10, 25);
        Branch night = Branch.open(
                BranchId.newId(),
                COMPANY,
                "Nacht",
                BERLIN,
                WorkingHours.closed().with(DayOfWeek.SUNDAY, OpeningInterval.of("01:00", "04:00")));
        BookingPolicy halfHourly = new BookingPolicy(Duration.ZERO, 60, Duration.ofMinutes(30));

        List<AvailableSlot> slots = calculator.freeSlots(new AvailabilityCalculator.Request(
                night, halfHourly, haircut, List.of(), List.of(), fallBack, Instant.parse("2026-10-24T00:00:00Z")));

        assertThat(slots).hasSize(8);
        assertThat(slots)
                .extracting(s -> s.slot().start())
                .containsExactly(
                        Instant.parse("2026-10-24T23:00:00Z"), Instant.parse("2026-10-24T23:30:00Z"),
                        Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T00:30:00Z"),
                        Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-10-25T01:30:00Z"),
                        Instant.parse("2026-10-25T02:00:00Z"), Instant.parse("2026-10-25T02:30:00Z"));
        assertThat(slots.get(2).slot().start().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(2, 0));
        assertThat(slots.get(4).slot().start().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(2, 0));
    }

    @Test
    void givenDaysAroundTheChangeWhenTheSalonOpensAtNineThenNineIsNineOnTheWallClockBeforeAndAfter() {
        LocalDate fridayBefore = LocalDate.of(2026, 3, 27);
        LocalDate mondayAfterFallBack = LocalDate.of(2026, 10, 26);

        assertThat(free(haircut, List.of(anna), List.of(), fridayBefore, Instant.parse("2026-03-20T00:00:00Z"))
                        .get(0)
                        .slot()
                        .start())
                .isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
        assertThat(free(haircut, List.of(anna), List.of(), MONDAY, SUNDAY_NOON)
                        .get(0)
                        .slot()
                        .start())
                .isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(free(haircut, List.of(anna), List.of(), mondayAfterFallBack, Instant.parse("2026-10-20T00:00:00Z"))
                        .get(0)
                        .slot()
                        .start())
                .isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    void givenAServiceOfAnotherBranchWhenAskedThenNothingIsOffered() {
        Service elsewhere = Service.offer(
                ServiceId.newId(), COMPANY, BranchId.newId(), "Bart", Duration.ofMinutes(20), null, List.of());
        Staff barber = Staff.hire(StaffId.newId(), COMPANY, branch.id(), "Bob", Set.of(elsewhere.id()));

        assertThat(free(elsewhere, List.of(barber), List.of(), MONDAY, SUNDAY_NOON))
                .isEmpty();
    }

    private List<AvailableSlot> free(
            Service service, List<Staff> staff, List<Appointment> existing, LocalDate date, Instant now) {
        return calculator.freeSlots(request(BookingPolicy.DEFAULT, service, staff, existing, date, now));
    }

    private AvailabilityCalculator.Request request(
            BookingPolicy policy,
            Service service,
            List<Staff> staff,
            List<Appointment> existing,
            LocalDate date,
            Instant now) {
        return new AvailabilityCalculator.Request(branch, policy, service, staff, existing, date, now);
    }

    private static List<Instant> startsOf(List<AvailableSlot> slots, Staff staff) {
        return slots.stream()
                .filter(s -> staff.id().equals(s.staffId()))
                .map(s -> s.slot().start())
                .toList();
    }

    static Instant local(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    private Service service(String name, int minutes, int bufferMinutes) {
        return Service.offer(
                ServiceId.newId(),
                COMPANY,
                null,
                name,
                Duration.ofMinutes(minutes),
                Duration.ofMinutes(bufferMinutes),
                List.of());
    }

    private Appointment appointment(Staff staff, Instant start, int minutes, int bufferMinutes) {
        return Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        COMPANY,
                        branch.id(),
                        haircut.id(),
                        staff.id(),
                        CustomerId.newId(),
                        TimeSlot.of(start, Duration.ofMinutes(minutes)),
                        Duration.ofMinutes(bufferMinutes),
                        BERLIN,
                        null,
                        null),
                false,
                SUNDAY_NOON);
    }
}
