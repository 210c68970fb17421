package com.askpro.booking.application.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.calendar.BuiltInCalendar;
import com.askpro.booking.application.calendar.CalendarSelector;
import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.port.ForwardingAppointments;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.availability.Unavailability;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.memory.InMemoryPorts;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A whole booking conversation through the use cases, on the in-memory adapters with a fixed clock:
 * no database, no HTTP, no voice-agent protocol. The same use cases the voice agent's functions and
 * the MCP tools call (composed as {@code BookingWiring} composes them).
 */
class BookingConversationTest {

    /** Monday 2030-03-04, 08:00 in Berlin (UTC+1). */
    private static final Instant NOW = Instant.parse("2030-03-04T07:00:00Z");

    private static final LocalDate TUESDAY = LocalDate.parse("2030-03-05");
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final String ERIKA = "+4915112345678";
    private static final String MAX = "+4915187654321";

    private final DemoTenant demo = DemoTenant.create();
    private final TenantContext tenant = demo.tenant();
    private final InMemoryPorts ports = new InMemoryPorts();
    private final List<LiveUpdates.Update> published = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private IdentifyCaller identify;
    private ListServices listServices;
    private CheckAvailability checkAvailability;
    private BookAppointment bookAppointment;
    private FindMyAppointments findMyAppointments;
    private RescheduleAppointment rescheduleAppointment;
    private CancelAppointment cancelAppointment;

    @BeforeEach
    void openTheSalon() {
        ports.companies().add(demo.company());
        ports.branches().add(tenant, demo.branch());
        demo.services().forEach(s -> ports.services().add(tenant, s));
        demo.staff().forEach(s -> ports.staffMembers().add(tenant, s));
        ports.phoneNumbers().add(tenant, demo.phoneNumber()).orElseThrow();

        CalendarSelector calendar = new CalendarSelector(new BuiltInCalendar(ports.appointments()), null);
        BackgroundJobs noJobs = new BackgroundJobs() {
            @Override
            public void processWebhook(WebhookEventId event, Instant at) {
                throw new AssertionError("no webhook in a booking conversation");
            }

            @Override
            public void syncAppointment(TenantContext t, AppointmentId appointment, Instant at) {
                throw new AssertionError("the built-in calendar needs no sync");
            }
        };
        CallRegistry calls = new CallRegistry(ports.calls());
        SlotSearch search = new SlotSearch(ports.services(), ports.staffMembers(), calendar, ports.appointments());
        AfterChange after =
                new AfterChange(new CalendarPush(calendar, ports.appointments(), noJobs), calls, published::add);
        CallersAppointments callers = new CallersAppointments(ports.customers(), ports.appointments());
        identify = new IdentifyCaller(ports.tenantDirectory(), ports.branches(), calls, ApplicationMetrics.NONE, clock);
        listServices = new ListServices(ports.services());
        checkAvailability = new CheckAvailability(search);
        bookAppointment = new BookAppointment(
                search,
                ports.services(),
                ports.customers(),
                ports.appointments(),
                new SlotBooking(ports.appointments(), ports.timeSlotLocks(), after),
                ApplicationMetrics.NONE);
        findMyAppointments = new FindMyAppointments(callers, ports.services(), ports.staffMembers());
        rescheduleAppointment = new RescheduleAppointment(
                callers, search, ports.services(), ports.staffMembers(), ports.appointments(), after, ports.branches());
        cancelAppointment = new CancelAppointment(callers, ports.appointments(), after);
    }

    @Test
    void givenTheDemoSalonWhenACallerBooksMovesAndCancelsThenEachStepAnswersInBookingTerms() {
        CallerContext erika = caller("call_erika_1", ERIKA);

        ListServices.Outcome offered = listServices.list(new ListServices.Query(erika));
        assertThat(((ListServices.Outcome.Offered) offered).services())
                .extracting(Service::name)
                .containsExactlyInAnyOrder("Haarschnitt", "Färben", "Beratung");

        CheckAvailability.Outcome free =
                checkAvailability.check(new CheckAvailability.Query(erika, "Haarschnitt", null, TUESDAY, TEN));
        assertThat(free).isInstanceOf(CheckAvailability.Outcome.Free.class);

        BookAppointment.Outcome booked =
                bookAppointment.book(command(erika, "Haarschnitt", null, TUESDAY, TEN, "Erika"));
        Appointment appointment = ((BookAppointment.Outcome.Booked) booked).appointment();
        assertThat(appointment.slot().startIn(DemoTenant.ZONE).toLocalTime()).isEqualTo(TEN);
        assertThat(appointment.sourceCallId()).isEqualTo(erika.call().id());
        assertThat(published)
                .extracting(LiveUpdates.Update::id)
                .contains(appointment.id().value());

        FindMyAppointments.Outcome mine =
                findMyAppointments.find(new FindMyAppointments.Query(caller("call_erika_2", ERIKA)));
        assertThat(((FindMyAppointments.Outcome.Upcoming) mine).appointments())
                .extracting(FindMyAppointments.Item::service)
                .containsExactly("Haarschnitt");

        CallerContext later = caller("call_erika_3", ERIKA);
        RescheduleAppointment.Outcome moved = rescheduleAppointment.reschedule(
                new RescheduleAppointment.Command(later, appointment.id().toString(), TUESDAY, LocalTime.of(11, 0)));
        Appointment replacement = ((RescheduleAppointment.Outcome.Moved) moved).appointment();
        assertThat(replacement.slot().startIn(DemoTenant.ZONE).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        assertThat(ports.appointments()
                        .find(tenant, appointment.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(AppointmentStatus.RESCHEDULED);

        CancelAppointment.Outcome cancelled = cancelAppointment.cancel(
                new CancelAppointment.Command(later, replacement.id().toString(), "krank"));
        assertThat(cancelled).isInstanceOf(CancelAppointment.Outcome.Cancelled.class);
        assertThat(((FindMyAppointments.Outcome.Upcoming) findMyAppointments.find(new FindMyAppointments.Query(later)))
                        .appointments())
                .isEmpty();
    }

    @Test
    void givenAStaffMemberBookedAtTenWhenAnotherCallerAsksForHerThenTheSlotIsTakenWithAlternatives() {
        Appointment first = booked(caller("call_erika", ERIKA), "Haarschnitt", "Anna", TEN);

        BookAppointment.Outcome second =
                bookAppointment.book(command(caller("call_max", MAX), "Haarschnitt", "Anna", TUESDAY, TEN, "Max"));

        BookAppointment.Outcome.NotBooked refused = (BookAppointment.Outcome.NotBooked) second;
        assertThat(refused.reason()).isEqualTo(Unavailability.TAKEN);
        // Anna's own times first (none overlapping her booking), then whoever else is free (issue 18)
        assertThat(refused.alternatives()).isNotEmpty();
        assertThat(refused.alternatives().get(0).staff()).isEqualTo("Anna");
        assertThat(refused.alternatives())
                .filteredOn(alternative -> "Anna".equals(alternative.staff()))
                .allSatisfy(alternative ->
                        assertThat(alternative.slot().overlaps(first.slot())).isFalse());
        assertThat(ports.appointments().holdingTime(tenant, demo.branch().id(), first.slot()))
                .containsExactly(first);
    }

    @Test
    void givenACallerHoldsAnAppointmentWhenTheyBookAnOverlappingOneWithSomeoneElseThenItIsRefusedNamingTheirs() {
        Appointment haircut = booked(caller("call_erika_1", ERIKA), "Haarschnitt", "Anna", TEN);

        BookAppointment.Outcome colour = bookAppointment.book(
                command(caller("call_erika_2", ERIKA), "Färben", "Ben", TUESDAY, LocalTime.of(10, 15), "Erika"));

        BookAppointment.Outcome.AlreadyBooked refused = (BookAppointment.Outcome.AlreadyBooked) colour;
        assertThat(refused.existing().id()).isEqualTo(haircut.id());
        assertThat(refused.service()).isEqualTo("Haarschnitt");
        assertThat(refused.staff()).isEqualTo("Anna");
    }

    @Test
    void givenTheRulesOfTheSalonWhenAskingOutsideHoursTooSoonOrForAnUnknownServiceThenThePolicySaysWhy() {
        CallerContext erika = caller("call_erika", ERIKA);

        assertThat(checkAvailability.check(
                        new CheckAvailability.Query(erika, "Haarschnitt", null, TUESDAY, LocalTime.of(19, 0))))
                .isInstanceOfSatisfying(
                        CheckAvailability.Outcome.NotFree.class,
                        notFree -> assertThat(notFree.reason()).isEqualTo(Unavailability.OUTSIDE_HOURS));
        assertThat(checkAvailability.check(
                        new CheckAvailability.Query(erika, "Haarschnitt", null, erika.today(), LocalTime.of(8, 30))))
                .isInstanceOfSatisfying(
                        CheckAvailability.Outcome.NotFree.class,
                        notFree -> assertThat(notFree.reason())
                                .isIn(Unavailability.TOO_SOON, Unavailability.OUTSIDE_HOURS));
        assertThat(checkAvailability.check(new CheckAvailability.Query(erika, "Maniküre", null, TUESDAY, TEN)))
                .isInstanceOfSatisfying(
                        ServiceRefusal.UnknownService.class,
                        unknown -> assertThat(unknown.offered()).hasSize(3));
    }

    @Test
    void givenOneCallWhenItSendsTheSameBookingConcurrentlyThenBothAnswerTheOneAppointment() throws Exception {
        CallerContext erika = caller("call_erika_twins", ERIKA);
        BookAppointment.Command wish = command(erika, "Haarschnitt", null, TUESDAY, TEN, "Erika");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<BookAppointment.Outcome>> twins = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                twins.add(pool.submit((Callable<BookAppointment.Outcome>) () -> bookAppointment.book(wish)));
            }
            List<BookAppointment.Outcome> answers = new ArrayList<>();
            for (Future<BookAppointment.Outcome> twin : twins) {
                answers.add(twin.get());
            }

            assertThat(answers)
                    .allSatisfy(answer -> assertThat(answer).isInstanceOf(BookAppointment.Outcome.Booked.class));
            assertThat(answers)
                    .extracting(answer -> ((BookAppointment.Outcome.Booked) answer)
                            .appointment()
                            .id())
                    .containsOnly(((BookAppointment.Outcome.Booked) answers.get(0))
                            .appointment()
                            .id());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenATwinStoredItsBookingJustAfterThisRequestLookedForItWhenBookingThenTheAnswerIsThatSameBooking() {
        CallerContext erika = caller("call_erika_late_twin", ERIKA);
        BookAppointment.Command wish = command(erika, "Haarschnitt", null, TUESDAY, TEN, "Erika");
        Appointment twins = ((BookAppointment.Outcome.Booked) bookAppointment.book(wish)).appointment();
        Appointments lookedTooEarly = new LookedTooEarly(ports.appointments());
        CalendarSelector calendar = new CalendarSelector(new BuiltInCalendar(lookedTooEarly), null);
        BookAppointment racing = new BookAppointment(
                new SlotSearch(ports.services(), ports.staffMembers(), calendar, lookedTooEarly),
                ports.services(),
                ports.customers(),
                lookedTooEarly,
                new SlotBooking(
                        lookedTooEarly,
                        ports.timeSlotLocks(),
                        new AfterChange(
                                new CalendarPush(calendar, lookedTooEarly, null),
                                new CallRegistry(ports.calls()),
                                published::add)),
                ApplicationMetrics.NONE);

        BookAppointment.Outcome answer = racing.book(wish);

        assertThat(answer)
                .isInstanceOfSatisfying(
                        BookAppointment.Outcome.Booked.class,
                        booked -> assertThat(booked.appointment().id()).isEqualTo(twins.id()));
    }

    /** The appointments, except that a call's own booking is not found yet (its twin commits right after the look-up). */
    private static final class LookedTooEarly extends ForwardingAppointments {
        LookedTooEarly(Appointments stored) {
            super(stored);
        }

        @Override
        public Optional<Appointment> bookedByCall(TenantContext t, CallId call, ServiceId service, Instant start) {
            return Optional.empty();
        }
    }

    private CallerContext caller(String callId, String from) {
        IdentifyCaller.Outcome outcome = identify.identify(new IdentifyCaller.Query(
                callId, false, from, demo.phoneNumber().number().e164()));
        return ((IdentifyCaller.Outcome.Identified) outcome).caller();
    }

    private Appointment booked(CallerContext caller, String service, String staff, LocalTime at) {
        return ((BookAppointment.Outcome.Booked)
                        bookAppointment.book(command(caller, service, staff, TUESDAY, at, "Erika")))
                .appointment();
    }

    private static BookAppointment.Command command(
            CallerContext caller, String service, String staff, LocalDate date, LocalTime time, String name) {
        return new BookAppointment.Command(caller, service, staff, date, time, name, null, null, null);
    }
}
