package com.askpro.booking.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.booking.AfterChange;
import com.askpro.booking.application.booking.BookAppointment;
import com.askpro.booking.application.booking.CalendarPush;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.CallersAppointments;
import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.application.booking.SlotBooking;
import com.askpro.booking.application.booking.SlotSearch;
import com.askpro.booking.application.calendar.BuiltInCalendar;
import com.askpro.booking.application.calendar.CalendarSelector;
import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.appointment.Attendance;
import com.askpro.booking.domain.availability.Unavailability;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.memory.InMemoryPorts;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.testdata.TestTenants;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's staff actions and calendar on the in-memory adapters, composed like the server
 * composes them: a walk-in goes through the phone's booking use case (its time is then refused to
 * a caller), move and cancel through theirs, the marks through the appointment's rules; every
 * change is in the trail with its actor; another tenant reaches nothing.
 */
class StaffActionsTest {

    /** Monday 2030-03-04, 08:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2030-03-04T07:00:00Z");

    private static final LocalDate TUESDAY = LocalDate.parse("2030-03-05");
    private static final String ACTOR = "api_key:test";

    private final DemoTenant demo = DemoTenant.create();
    private final TenantContext tenant = demo.tenant();
    private final InMemoryPorts ports = new InMemoryPorts();
    private final AppointmentActions trail = ports.appointmentActions();
    private final List<LiveUpdates.Update> published = new ArrayList<>();
    private final MutableClock clock = new MutableClock(NOW);
    private StaffBooksAppointment book;
    private StaffMovesAppointment move;
    private StaffCancelsAppointment cancel;
    private StaffMarksAppointment marks;
    private DashboardCalendar calendar;
    private DashboardAppointment detail;
    private BookAppointment bookAppointment;

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void openTheSalon() {
        ports.companies().add(demo.company());
        ports.branches().add(tenant, demo.branch());
        demo.services().forEach(s -> ports.services().add(tenant, s));
        demo.staff().forEach(s -> ports.staffMembers().add(tenant, s));
        ports.phoneNumbers().add(tenant, demo.phoneNumber()).orElseThrow();
        ports.companies().add(TestTenants.otherCompany());

        CalendarSelector selector = new CalendarSelector(new BuiltInCalendar(ports.appointments()), null);
        BackgroundJobs noJobs = new BackgroundJobs() {
            @Override
            public void processWebhook(WebhookEventId event, Instant at) {
                throw new AssertionError("no webhooks here");
            }

            @Override
            public void syncAppointment(TenantContext t, AppointmentId appointment, Instant at) {
                throw new AssertionError("the built-in calendar needs no sync");
            }
        };
        SlotSearch search = new SlotSearch(ports.services(), ports.staffMembers(), selector, ports.appointments());
        AfterChange after = new AfterChange(
                new CalendarPush(selector, ports.appointments(), noJobs),
                new CallRegistry(ports.calls()),
                published::add);
        CallersAppointments callers = new CallersAppointments(ports.customers(), ports.appointments());
        bookAppointment = new BookAppointment(
                search,
                ports.services(),
                ports.customers(),
                ports.appointments(),
                new SlotBooking(ports.appointments(), ports.timeSlotLocks(), after),
                ApplicationMetrics.NONE);
        StaffCallerContexts callerContexts = new StaffCallerContexts(
                ports.companies(), ports.branches(), ports.customers(), ports.appointments(), clock);
        StaffActionTrail staffTrail = new StaffActionTrail(trail, published::add, clock);
        book = new StaffBooksAppointment(callerContexts, bookAppointment, staffTrail);
        move = new StaffMovesAppointment(
                callerContexts,
                new RescheduleAppointment(
                        callers,
                        search,
                        ports.services(),
                        ports.staffMembers(),
                        ports.appointments(),
                        after,
                        ports.branches()),
                staffTrail,
                clock);
        cancel = new StaffCancelsAppointment(
                callerContexts, new CancelAppointment(callers, ports.appointments(), after), staffTrail, clock);
        marks = new StaffMarksAppointment(ports.appointments(), staffTrail, clock);
        calendar = new DashboardCalendar(
                ports.branches(),
                ports.services(),
                ports.staffMembers(),
                ports.customers(),
                ports.appointments(),
                clock);
        detail = new DashboardAppointment(
                ports.branches(),
                ports.services(),
                ports.staffMembers(),
                ports.customers(),
                ports.appointments(),
                trail);
    }

    private StaffBooksAppointment.Booking walkIn(String staff, String time, String name, String phone) {
        return new StaffBooksAppointment.Booking(
                DemoTenant.BRANCH_ID.value(), "Haarschnitt", staff, TUESDAY, LocalTime.parse(time), name, phone, null);
    }

    private Appointment done(StaffActionResult result) {
        assertThat(result).isInstanceOf(StaffActionResult.Done.class);
        return ((StaffActionResult.Done) result).appointment();
    }

    @Test
    void aWalkInTakesTheTimeForAPhoneCallerToo() {
        Appointment walkIn = done(book.book(tenant, ACTOR, walkIn("Anna", "10:00", "Walter", "+49 151 11122233")));
        assertThat(walkIn.staffId()).isEqualTo(DemoTenant.ANNA_ID);
        assertThat(walkIn.sourceCallId()).isNull();
        assertThat(trail.of(tenant, walkIn.id()))
                .extracting(e -> e.action() + " " + e.actor())
                .containsExactly("book " + ACTOR);
        assertThat(published)
                .extracting(LiveUpdates.Update::id)
                .contains(walkIn.id().value());

        CallerContext caller =
                new CallerContext(demo.company(), demo.branch(), PhoneNumber.parse("+4915199988877"), null, NOW);
        BookAppointment.Outcome phone = bookAppointment.book(new BookAppointment.Command(
                caller, "Haarschnitt", "Anna", TUESDAY, LocalTime.of(10, 0), "Paula", null, null, null));
        assertThat(phone).isInstanceOf(BookAppointment.Outcome.NotBooked.class);
        assertThat(((BookAppointment.Outcome.NotBooked) phone).reason()).isEqualTo(Unavailability.TAKEN);

        StaffActionResult again = book.book(tenant, ACTOR, walkIn("Anna", "10:00", "Zweite", "+49 151 55544433"));
        assertThat(again).isInstanceOf(StaffActionResult.Refused.class);
        assertThat(((StaffActionResult.Refused) again).code()).isEqualTo("slot_taken");
        assertThat(((StaffActionResult.Refused) again).alternatives()).isNotEmpty();
    }

    @Test
    void theCalendarShowsTheBookingInItsStaffColumnWithinTheWorkingTime() {
        Appointment walkIn = done(book.book(tenant, ACTOR, walkIn("Ben", "11:30", "Walter", "+49 151 11122233")));
        CalendarView.Calendar day = calendar.of(tenant, null, TUESDAY, 1).orElseThrow();
        assertThat(day.branch().name()).isEqualTo("Berlin Mitte");
        CalendarView.Day tuesday = day.days().get(0);
        assertThat(tuesday.opening()).containsExactly(new CalendarView.Interval("09:00", "18:00"));
        assertThat(tuesday.columns()).extracting(CalendarView.Column::name).containsExactlyInAnyOrder("Anna", "Ben");
        CalendarView.Column ben = tuesday.columns().stream()
                .filter(c -> "Ben".equals(c.name()))
                .findFirst()
                .orElseThrow();
        assertThat(ben.working()).containsExactly(new CalendarView.Interval("09:00", "18:00"));
        assertThat(ben.appointments())
                .extracting(CalendarView.Block::id)
                .containsExactly(walkIn.id().value().toString());
        assertThat(ben.appointments().get(0).customer()).isEqualTo("Walter");
        assertThat(ben.appointments().get(0).service()).isEqualTo("Haarschnitt");

        CalendarView.Calendar week =
                calendar.of(tenant, null, LocalDate.parse("2030-03-04"), 7).orElseThrow();
        assertThat(week.days()).hasSize(7);
        assertThat(week.days().get(6).opening()).as("Sunday").isEmpty();
        assertThat(week.days().get(6).columns())
                .allSatisfy(c -> assertThat(c.working()).isEmpty());
    }

    @Test
    void moveAndCancelGoThroughTheirUseCasesAndLeaveATrail() {
        Appointment walkIn = done(book.book(tenant, ACTOR, walkIn("Anna", "10:00", "Walter", "+49 151 11122233")));
        assertThat(done(move.move(tenant, ACTOR, walkIn.id().value(), TUESDAY, LocalTime.of(10, 0)))
                        .id())
                .isEqualTo(walkIn.id());
        assertThat(trail.of(tenant, walkIn.id()))
                .as("a move to the same time changes nothing")
                .hasSize(1);
        Appointment moved = done(move.move(tenant, ACTOR, walkIn.id().value(), TUESDAY, LocalTime.of(12, 0)));
        assertThat(moved.id()).isNotEqualTo(walkIn.id());
        assertThat(moved.slot().startIn(DemoTenant.ZONE).toLocalTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(ports.appointments().find(tenant, walkIn.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.RESCHEDULED);
        assertThat(trail.of(tenant, walkIn.id()))
                .extracting(AppointmentActions_action())
                .containsExactly("book", "move");
        assertThat(trail.of(tenant, moved.id()).get(0).details()).isEqualTo("moved from " + walkIn.id());

        Appointment cancelled = done(cancel.cancel(tenant, ACTOR, moved.id().value(), "krank"));
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.statusReason()).isEqualTo("krank");
        assertThat(trail.of(tenant, moved.id()))
                .extracting(AppointmentActions_action())
                .containsExactly("move", "cancel");
        done(cancel.cancel(tenant, ACTOR, moved.id().value(), "twice"));
        assertThat(trail.of(tenant, moved.id()))
                .as("a repeated cancel changes nothing and is not recorded")
                .hasSize(2);
        assertThat(calendar.of(tenant, null, TUESDAY, 1)
                        .orElseThrow()
                        .days()
                        .get(0)
                        .columns())
                .allSatisfy(c -> assertThat(c.appointments()).isEmpty());

        StaffActionResult moveCancelled = move.move(tenant, ACTOR, moved.id().value(), TUESDAY, LocalTime.of(13, 0));
        assertThat(moveCancelled).isInstanceOf(StaffActionResult.Refused.class);
    }

    @Test
    void theMarksFollowTheAppointmentsRules() {
        Appointment walkIn = done(book.book(tenant, ACTOR, walkIn("Anna", "10:00", "Walter", "+49 151 11122233")));
        UUID id = walkIn.id().value();
        assertThat(((StaffActionResult.Refused) marks.noShow(tenant, ACTOR, id)).code())
                .isEqualTo("not_started");
        assertThat(((StaffActionResult.Refused) marks.arrived(tenant, ACTOR, id)).code())
                .isEqualTo("not_today");
        assertThat(done(marks.confirm(tenant, ACTOR, id)).status()).isEqualTo(AppointmentStatus.CONFIRMED);

        clock.now = walkIn.slot().start().plus(Duration.ofMinutes(10));
        assertThat(done(marks.noShow(tenant, ACTOR, id)).attendance()).isEqualTo(Attendance.NO_SHOW);
        assertThat(done(marks.arrived(tenant, ACTOR, id)).attendance()).isEqualTo(Attendance.ARRIVED);
        assertThat(((StaffActionResult.Refused) cancel.cancel(tenant, ACTOR, id, null)).code())
                .isEqualTo("appointment_arrived");
        assertThat(trail.of(tenant, walkIn.id()))
                .extracting(AppointmentActions_action())
                .containsExactly("book", "confirm", "no_show", "arrived");
        assertThat(detail.of(tenant, id).orElseThrow().actions()).hasSize(4);
    }

    @Test
    void anotherTenantReachesNeitherTheAppointmentNorTheBranch() {
        Appointment walkIn = done(book.book(tenant, ACTOR, walkIn("Anna", "10:00", "Walter", "+49 151 11122233")));
        TenantContext other = TestTenants.otherCompany().tenant();
        UUID id = walkIn.id().value();
        assertThat(cancel.cancel(other, ACTOR, id, null)).isInstanceOf(StaffActionResult.NotFound.class);
        assertThat(move.move(other, ACTOR, id, TUESDAY, LocalTime.NOON)).isInstanceOf(StaffActionResult.NotFound.class);
        assertThat(marks.confirm(other, ACTOR, id)).isInstanceOf(StaffActionResult.NotFound.class);
        assertThat(book.book(other, ACTOR, walkIn("Anna", "11:00", "X", "+49 151 1112223")))
                .isInstanceOf(StaffActionResult.NotFound.class);
        assertThat(calendar.of(other, DemoTenant.BRANCH_ID.value(), TUESDAY, 1)).isEmpty();
        ports.branches().update(tenant, demo.branch().deactivated());
        assertThat(book.book(tenant, ACTOR, walkIn("Anna", "11:00", "X", "+49 151 1112223")))
                .as("no booking at a closed-down branch")
                .isInstanceOf(StaffActionResult.NotFound.class);
        assertThat(detail.of(other, id)).isEmpty();
        assertThat(ports.appointments().find(tenant, walkIn.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aCalendarConflictShowsWhatTheCalendarAnswered() {
        Appointment walkIn = done(book.book(tenant, ACTOR, walkIn("Anna", "10:00", "Walter", "+49 151 11122233")));
        Appointment external = new Appointment(
                walkIn.id(),
                walkIn.companyId(),
                walkIn.branchId(),
                walkIn.serviceId(),
                walkIn.staffId(),
                walkIn.customerId(),
                walkIn.slot(),
                walkIn.buffer(),
                walkIn.zone(),
                walkIn.status(),
                com.askpro.booking.domain.appointment.SyncStatus.PENDING,
                null,
                null,
                null,
                null,
                null,
                walkIn.version(),
                walkIn.createdAt(),
                walkIn.updatedAt());
        Appointment pending = ports.appointments().update(tenant, external).orElseThrow();
        ports.appointments()
                .update(
                        tenant,
                        pending.markConflict("calendar refused: booking conflicts with another", NOW)
                                .orElseThrow())
                .orElseThrow();

        CalendarView.Block block =
                detail.of(tenant, walkIn.id().value()).orElseThrow().appointment();
        assertThat(block.needsAttention()).isTrue();
        assertThat(block.sync()).isEqualTo("conflict");
        assertThat(block.reason()).isEqualTo("calendar refused: booking conflicts with another");
        assertThat(calendar.of(tenant, null, TUESDAY, 1).orElseThrow().days().get(0).columns().stream()
                        .flatMap(c -> c.appointments().stream())
                        .filter(CalendarView.Block::needsAttention)
                        .count())
                .isEqualTo(1);
    }

    private static java.util.function.Function<com.askpro.booking.domain.port.AppointmentActions.Entry, String>
            AppointmentActions_action() {
        return com.askpro.booking.domain.port.AppointmentActions.Entry::action;
    }
}
