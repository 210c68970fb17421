package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.cache.AvailabilityView;
import com.askpro.booking.application.cache.ChangePublishing;
import com.askpro.booking.application.cache.LocalChangeNotifications;
import com.askpro.booking.application.calendar.BuiltInCalendar;
import com.askpro.booking.application.port.ChangeNotifications.Change;
import com.askpro.booking.application.port.ChangeNotifications.Topic;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.CalendarProvider;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.WorkingHours;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory view the function calls read ({@link AvailabilityView}) equals a fresh database
 * read after every kind of write: bookings, moves and cancellations, staff, hours and catalog
 * changes made through this instance, and another instance's writes once their notification
 * arrives. "Equal" covers what a function call sees: the route with company and branch hours, the
 * services offered, the staff, the busy time of each day, and the free slots the built-in calendar
 * computes from them. The time-to-live is a day and the clock stands still, so nothing here
 * expires: every fresh answer comes from invalidation.
 */
abstract class AvailabilityViewContract extends DatabaseTest {

    private static final Instant MONDAY_TEN = Fixtures.at("2030-03-04T09:00:00Z");
    private static final List<LocalDate> DAYS = List.of(
            LocalDate.of(2030, 3, 4), LocalDate.of(2030, 3, 5), LocalDate.of(2030, 3, 6), LocalDate.of(2030, 3, 11));

    private final LocalChangeNotifications changes = new LocalChangeNotifications();
    private Fixtures t;
    private PhoneNumber number;
    private AvailabilityView view;
    private Appointments ownAppointments;
    private Branches ownBranches;

    @BeforeEach
    void warmView() {
        t = Fixtures.create(persistence);
        number = Fixtures.randomPhone();
        persistence
                .phoneNumbers()
                .add(
                        t.tenant(),
                        new BranchPhoneNumber(
                                PhoneNumberId.newId(),
                                t.company().id(),
                                t.branch().id(),
                                number))
                .orElseThrow();
        // This instance: writes publish (as JdbiPersistence.publishChangesTo arranges in the server);
        // the undecorated ports of `persistence` are the fresh database read and the other instance.
        ownAppointments = ChangePublishing.appointments(persistence.appointments(), changes);
        ownBranches = ChangePublishing.branches(persistence.branches(), changes);
        view = AvailabilityView.over(
                persistence.tenantDirectory(),
                persistence.services(),
                persistence.staffMembers(),
                ownAppointments,
                changes,
                Duration.ofDays(1),
                Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        assertViewEqualsDatabase();
    }

    @Test
    void givenAWarmViewWhenAnAppointmentIsBookedHereThenItEqualsAFreshRead() {
        ownAppointments
                .add(t.tenant(), t.appointment(t.alice(), MONDAY_TEN, 30))
                .orElseThrow();
        assertViewEqualsDatabase();
        ownAppointments
                .add(t.tenant(), t.appointment(t.buffered(), null, MONDAY_TEN.plusSeconds(3600), 30))
                .orElseThrow();
        assertViewEqualsDatabase();
    }

    @Test
    void givenAWarmViewWhenAnAppointmentIsMovedHereThenItEqualsAFreshRead() {
        Appointment booked = ownAppointments
                .add(t.tenant(), t.appointment(t.alice(), MONDAY_TEN, 30))
                .orElseThrow();
        assertViewEqualsDatabase();
        Appointment.Rescheduled moved = booked.rescheduleTo(
                        AppointmentId.newId(),
                        TimeSlot.of(MONDAY_TEN.plus(Duration.ofDays(1)), Duration.ofMinutes(30)),
                        t.bob().id(),
                        Fixtures.NOW)
                .orElseThrow();
        ownAppointments
                .replace(t.tenant(), moved.previous(), moved.replacement())
                .orElseThrow();
        assertViewEqualsDatabase();
    }

    @Test
    void givenAWarmViewWhenAnAppointmentIsCancelledHereThenItEqualsAFreshRead() {
        Appointment booked = ownAppointments
                .add(t.tenant(), t.appointment(t.alice(), MONDAY_TEN, 30))
                .orElseThrow();
        assertViewEqualsDatabase();
        ownAppointments
                .update(t.tenant(), booked.cancel("caller asked", Fixtures.NOW).orElseThrow())
                .orElseThrow();
        assertViewEqualsDatabase();
        assertThat(persistence
                        .appointments()
                        .find(t.tenant(), booked.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void givenAWarmViewWhenStaffAreHiredChangedOrLeaveHereThenItEqualsAFreshRead() {
        Staff carla = view.staff()
                .add(
                        t.tenant(),
                        Staff.hire(
                                StaffId.newId(),
                                t.company().id(),
                                t.branch().id(),
                                "Carla",
                                Set.of(t.service().id())));
        assertViewEqualsDatabase();
        view.staff()
                .update(
                        t.tenant(),
                        t.alice()
                                .withWorkingHours(WorkingHours.of(
                                        List.of(DayOfWeek.MONDAY), OpeningInterval.of("12:00", "14:00"))))
                .orElseThrow();
        assertViewEqualsDatabase();
        view.staff().update(t.tenant(), carla.deactivated()).orElseThrow();
        assertViewEqualsDatabase();
    }

    @Test
    void givenAWarmViewWhenTheBranchHoursChangeHereThenItEqualsAFreshRead() {
        Branch branch = persistence.branches().find(t.tenant(), t.branch().id()).orElseThrow();
        ownBranches
                .update(
                        t.tenant(),
                        branch.withWorkingHours(WorkingHours.of(
                                List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), OpeningInterval.of("10:00", "12:00"))))
                .orElseThrow();
        assertViewEqualsDatabase();
        ownBranches
                .update(
                        t.tenant(),
                        persistence
                                .branches()
                                .find(t.tenant(), t.branch().id())
                                .orElseThrow()
                                .withClosedDays(Set.of(DAYS.get(0))))
                .orElseThrow();
        assertViewEqualsDatabase();
    }

    @Test
    void givenAWarmViewWhenServicesAreAddedChangedOrWithdrawnHereThenItEqualsAFreshRead() {
        Service beratung = view.services()
                .add(
                        t.tenant(),
                        Service.offer(
                                ServiceId.newId(),
                                t.company().id(),
                                t.branch().id(),
                                "Beratung",
                                Duration.ofMinutes(15),
                                Duration.ZERO,
                                List.of("beraten")));
        assertViewEqualsDatabase();
        view.services()
                .update(
                        t.tenant(),
                        new Service(
                                t.service().id(),
                                t.service().companyId(),
                                t.service().branchId(),
                                "Langhaarschnitt",
                                Duration.ofMinutes(60),
                                Duration.ofMinutes(10),
                                t.service().keywords(),
                                t.service().calcomEventTypeId(),
                                t.service().active()))
                .orElseThrow();
        assertViewEqualsDatabase();
        view.services().update(t.tenant(), beratung.deactivated()).orElseThrow();
        assertViewEqualsDatabase();
    }

    @Test
    void givenAWarmViewWhenAnotherInstanceBooksThenItIsBehindUntilTheNotificationAndEqualsAFreshReadAfterIt() {
        persistence
                .appointments()
                .add(t.tenant(), t.appointment(t.alice(), MONDAY_TEN, 30))
                .orElseThrow();
        assertThat(freeSlots(view.busyTime(), view.directory()))
                .as("another instance's write is not seen before its notification (else this test proves nothing)")
                .isNotEqualTo(freeSlots(persistence.appointments(), persistence.tenantDirectory()));

        changes.deliver(new Change.Tenant(t.company().id(), Topic.AVAILABILITY));
        assertViewEqualsDatabase();
    }

    @Test
    void givenAWarmViewWhenAnotherInstanceChangesStaffHoursAndServicesThenEachNotificationMakesItEqualAFreshRead() {
        persistence.staffMembers().update(t.tenant(), t.bob().deactivated()).orElseThrow();
        assertThat(view.staff().atBranch(t.tenant(), t.branch().id()))
                .isNotEqualTo(persistence
                        .staffMembers()
                        .atBranch(t.tenant(), t.branch().id()));
        changes.deliver(new Change.Tenant(t.company().id(), Topic.STAFF));
        assertViewEqualsDatabase();

        persistence
                .branches()
                .update(
                        t.tenant(),
                        persistence
                                .branches()
                                .find(t.tenant(), t.branch().id())
                                .orElseThrow()
                                .withWorkingHours(WorkingHours.of(
                                        List.of(DayOfWeek.TUESDAY), OpeningInterval.of("08:00", "09:00"))))
                .orElseThrow();
        assertThat(view.directory().route(number))
                .isNotEqualTo(persistence.tenantDirectory().route(number));
        changes.deliver(new Change.Tenant(t.company().id(), Topic.BRANCH));
        assertViewEqualsDatabase();

        persistence
                .services()
                .add(
                        t.tenant(),
                        Service.offer(
                                ServiceId.newId(),
                                t.company().id(),
                                null,
                                "Waschen",
                                Duration.ofMinutes(15),
                                Duration.ZERO,
                                List.of()));
        assertThat(view.services().offeredAt(t.tenant(), t.branch().id()))
                .isNotEqualTo(
                        persistence.services().offeredAt(t.tenant(), t.branch().id()));
        changes.deliver(new Change.Tenant(t.company().id(), Topic.CATALOG));
        assertViewEqualsDatabase();
    }

    @Test
    void givenAWarmViewWhenNotificationsWereMissedThenEverythingMakesItEqualAFreshRead() {
        persistence
                .appointments()
                .add(t.tenant(), t.appointment(t.bob(), MONDAY_TEN, 60))
                .orElseThrow();
        persistence.staffMembers().update(t.tenant(), t.alice().deactivated()).orElseThrow();
        changes.deliver(new Change.Everything());
        assertViewEqualsDatabase();
    }

    @Test
    void givenAnotherTenantsBookingWhenItIsPublishedThenThisTenantsViewIsUntouchedAndStillEqual() {
        Fixtures other = Fixtures.create(persistence);
        ChangePublishing.appointments(persistence.appointments(), changes)
                .add(other.tenant(), other.appointment(other.alice(), MONDAY_TEN, 30))
                .orElseThrow();
        assertViewEqualsDatabase();
    }

    @Test
    void theViewsBusyTimeHoldsNoPersonalData() {
        ownAppointments
                .add(t.tenant(), t.appointment(t.alice(), MONDAY_TEN, 30))
                .orElseThrow();
        List<Appointment> busy =
                view.busyTime().holdingTime(t.tenant(), t.branch().id(), window(DAYS.get(0)));
        assertThat(busy).hasSize(1);
        assertThat(busy.get(0).customerId()).isNull();
        assertThat(busy.get(0).notes()).isNull();
    }

    // ---- the comparison -------------------------------------------------------------------------

    /** What a function call reads, from the view and fresh from the database. */
    private void assertViewEqualsDatabase() {
        assertThat(view.directory().route(number))
                .as("route, company, branch hours")
                .isEqualTo(persistence.tenantDirectory().route(number));
        assertThat(view.services().offeredAt(t.tenant(), t.branch().id()))
                .as("services offered")
                .isEqualTo(
                        persistence.services().offeredAt(t.tenant(), t.branch().id()));
        assertThat(view.staff().atBranch(t.tenant(), t.branch().id()))
                .as("staff")
                .isEqualTo(persistence
                        .staffMembers()
                        .atBranch(t.tenant(), t.branch().id()));
        for (LocalDate day : DAYS) {
            assertThat(busy(view.busyTime(), day))
                    .as("busy time of %s", day)
                    .isEqualTo(busy(persistence.appointments(), day));
        }
        assertThat(freeSlots(view.busyTime(), view.directory()))
                .as("free slots")
                .isEqualTo(freeSlots(persistence.appointments(), persistence.tenantDirectory()));
    }

    /** Busy time as availability sees it: which appointment holds which resource when. */
    private record Busy(AppointmentId id, Object resource, TimeSlot blocked, AppointmentStatus status, long version) {}

    private List<Busy> busy(Appointments appointments, LocalDate day) {
        return appointments.holdingTime(t.tenant(), t.branch().id(), window(day)).stream()
                .map(a -> new Busy(a.id(), a.resource(), a.blockedTime(), a.status(), a.version()))
                .toList();
    }

    /** The window the built-in calendar asks for {@code day} (its time zone, 12 hours either side). */
    private static TimeSlot window(LocalDate day) {
        return new TimeSlot(
                day.atStartOfDay(Fixtures.BERLIN).minusHours(12).toInstant(),
                day.plusDays(1).atStartOfDay(Fixtures.BERLIN).plusHours(12).toInstant());
    }

    /** Every free slot of every service on {@link #DAYS}, as the built-in calendar computes them from these sources. */
    private List<AvailableSlot> freeSlots(Appointments appointments, TenantDirectory directory) {
        TenantDirectory.Route route = directory.route(number).orElseThrow();
        boolean fromView = appointments == view.busyTime();
        List<Service> services = (fromView ? view.services() : persistence.services())
                .offeredAt(t.tenant(), t.branch().id());
        List<Staff> staff = (fromView ? view.staff() : persistence.staffMembers())
                .atBranch(t.tenant(), t.branch().id());
        BuiltInCalendar calendar = new BuiltInCalendar(appointments);
        List<AvailableSlot> free = new ArrayList<>();
        for (Service service : services) {
            free.addAll(calendar.freeSlots(new CalendarProvider.SlotQuery(
                    route.company(),
                    route.branch(),
                    service,
                    staff,
                    DAYS.get(0),
                    DAYS.get(DAYS.size() - 1),
                    Fixtures.NOW)));
        }
        return free;
    }
}
