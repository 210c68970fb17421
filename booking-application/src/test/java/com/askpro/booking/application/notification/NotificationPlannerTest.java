package com.askpro.booking.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.notification.NotificationSettings;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.memory.InMemoryPorts;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which messages a booking outcome plans: reminder lead per company, SMS only to mobiles, the UID along a reschedule chain. */
class NotificationPlannerTest {

    private static final Instant NOW = Instant.parse("2027-04-01T08:00:00Z");
    private static final Instant START = Instant.parse("2027-04-20T08:00:00Z");

    private final CompanyId company = CompanyId.newId();
    private final TenantContext tenant = TenantContext.of(company);
    private final Map<AppointmentId, Appointment> stored = new HashMap<>();
    private final InMemoryPorts ports = new InMemoryPorts();

    @Test
    void givenTheDefaultSettingsWhenBookedThenAConfirmationNowAndAReminderTwentyFourHoursBefore() {
        Appointment booked = book(customer("+4915112345678", "erika@kunden.example"), START);

        List<Notification> planned =
                planner(EnumSet.of(Channel.EMAIL)).plan(tenant, chain(), booked, NotificationKind.BOOKED, NOW);

        assertThat(planned)
                .extracting(Notification::kind)
                .containsExactly(NotificationKind.BOOKED, NotificationKind.REMINDER);
        assertThat(planned.get(0).nextAttemptAt()).isEqualTo(NOW);
        assertThat(planned.get(1).nextAttemptAt()).isEqualTo(START.minus(Duration.ofHours(24)));
        assertThat(planned).extracting(Notification::bookingUid).containsOnly(booked.id() + "@askpro-booking");
    }

    @Test
    void givenReminderHoursOfTheCompanyWhenBookedThenTheReminderFollowsThemAndZeroMeansNone() {
        Appointment booked = book(customer("+4915112345678", "erika@kunden.example"), START);

        ports.notificationPreferences().saveSettings(tenant, new NotificationSettings(2, false, null));
        List<Notification> twoHours =
                planner(EnumSet.of(Channel.EMAIL)).plan(tenant, chain(), booked, NotificationKind.BOOKED, NOW);
        ports.notificationPreferences().saveSettings(tenant, new NotificationSettings(0, false, null));
        List<Notification> off =
                planner(EnumSet.of(Channel.EMAIL)).plan(tenant, chain(), booked, NotificationKind.BOOKED, NOW);
        ports.notificationPreferences().saveSettings(tenant, new NotificationSettings(24, false, null));
        List<Notification> tooLate = planner(EnumSet.of(Channel.EMAIL))
                .plan(tenant, chain(), booked, NotificationKind.BOOKED, START.minus(Duration.ofHours(3)));

        assertThat(twoHours)
                .filteredOn(n -> n.kind() == NotificationKind.REMINDER)
                .singleElement()
                .extracting(Notification::nextAttemptAt)
                .isEqualTo(START.minus(Duration.ofHours(2)));
        assertThat(off).extracting(Notification::kind).containsExactly(NotificationKind.BOOKED);
        assertThat(tooLate).extracting(Notification::kind).containsExactly(NotificationKind.BOOKED);
    }

    @Test
    void givenSmsEnabledOrNotWhenMobileAndLandlineCustomersBookThenOnlyTheMobileOfAnEnabledCompanyGetsAnSms() {
        Appointment mobile = book(customer("+4915112345678", null), START);
        Appointment landline = book(customer("+493012345678", null), START.plus(Duration.ofHours(1)));
        NotificationPlanner planner = planner(EnumSet.of(Channel.EMAIL, Channel.SMS));

        ports.notificationPreferences().saveSettings(tenant, new NotificationSettings(0, false, null));
        List<Notification> disabled = planner.plan(tenant, chain(), mobile, NotificationKind.BOOKED, NOW);
        ports.notificationPreferences().saveSettings(tenant, new NotificationSettings(0, true, null));
        List<Notification> toMobile = planner.plan(tenant, chain(), mobile, NotificationKind.BOOKED, NOW);
        List<Notification> toLandline = planner.plan(tenant, chain(), landline, NotificationKind.BOOKED, NOW);

        assertThat(disabled).isEmpty();
        assertThat(toMobile).singleElement().satisfies(n -> {
            assertThat(n.channel()).isEqualTo(Channel.SMS);
            assertThat(n.recipient()).isEqualTo("+4915112345678");
        });
        assertThat(toLandline).isEmpty();
    }

    @Test
    void givenARescheduleThatCreatesANewRowWhenPlannedThenTheSameUidWithSequenceOneAndACancelWithSequenceTwo() {
        Customer customer = customer("+4915112345678", "erika@kunden.example");
        Appointment first = book(customer, START);
        Appointment.Rescheduled moved = first.rescheduleTo(
                        AppointmentId.newId(),
                        TimeSlot.of(START.plus(Duration.ofHours(4)), Duration.ofMinutes(30)),
                        null,
                        NOW)
                .state();
        stored.put(first.id(), moved.previous());
        stored.put(moved.replacement().id(), moved.replacement());
        Appointment cancelled = moved.replacement().cancel("krank", NOW).state();
        NotificationPlanner planner = planner(EnumSet.of(Channel.EMAIL));

        List<Notification> rescheduled =
                planner.plan(tenant, chain(), moved.replacement(), NotificationKind.RESCHEDULED, NOW);
        List<Notification> cancel = planner.plan(tenant, chain(), cancelled, NotificationKind.CANCELLED, NOW);

        assertThat(moved.replacement().id()).isNotEqualTo(first.id());
        assertThat(rescheduled.get(0).kind()).isEqualTo(NotificationKind.RESCHEDULED);
        assertThat(rescheduled.get(0).bookingUid()).isEqualTo(first.id() + "@askpro-booking");
        assertThat(rescheduled.get(0).sequence()).isEqualTo(1);
        assertThat(cancel).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CANCELLED);
            assertThat(n.bookingUid()).isEqualTo(first.id() + "@askpro-booking");
            assertThat(n.sequence()).isEqualTo(2);
        });
    }

    @Test
    void givenACustomerWhoOptedOutOrAnUpdateThatIsNoCancellationWhenPlannedThenNothing() {
        Customer customer = customer("+4915112345678", "erika@kunden.example");
        Appointment booked = book(customer, START);
        NotificationPlanner planner = planner(EnumSet.of(Channel.EMAIL));

        List<Notification> notCancelled = planner.plan(tenant, chain(), booked, NotificationKind.CANCELLED, NOW);
        ports.notificationPreferences()
                .setWantsNotifications(tenant, customer.id(), false)
                .orElseThrow();
        List<Notification> optedOut = planner.plan(tenant, chain(), booked, NotificationKind.BOOKED, NOW);

        assertThat(notCancelled).isEmpty();
        assertThat(optedOut).isEmpty();
    }

    // --- fixtures ----------------------------------------------------------------------------------

    private NotificationPlanner planner(EnumSet<Channel> channels) {
        return new NotificationPlanner(ports.customers(), ports.notificationPreferences(), channels);
    }

    private Appointments chain() {
        return (Appointments) Proxy.newProxyInstance(
                Appointments.class.getClassLoader(), new Class<?>[] {Appointments.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.ofNullable(stored.get((AppointmentId) args[1]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Customer customer(String phone, String email) {
        return ports.customers()
                .addOrGet(
                        tenant,
                        Customer.register(
                                CustomerId.newId(), company, PhoneNumber.parse(phone), "Erika Muster", email, NOW));
    }

    private Appointment book(Customer customer, Instant start) {
        Appointment appointment = Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        company,
                        BranchId.newId(),
                        ServiceId.newId(),
                        null,
                        customer.id(),
                        TimeSlot.of(start, Duration.ofMinutes(30)),
                        Duration.ZERO,
                        ZoneId.of("Europe/Berlin"),
                        null,
                        null),
                false,
                NOW);
        stored.put(appointment.id(), appointment);
        return appointment;
    }
}
