package com.askpro.booking.application.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.port.ChangeNotifications.Change;
import com.askpro.booking.application.port.ChangeNotifications.Topic;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The busy time of the in-memory availability view: kept until the tenant's availability changes. */
class CachedBusyTimeTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final CompanyId SALON = CompanyId.newId();
    private static final CompanyId BAKERY = CompanyId.newId();
    private static final BranchId MITTE = BranchId.newId();
    private static final TimeSlot MONDAY =
            new TimeSlot(Instant.parse("2030-03-03T11:00:00Z"), Instant.parse("2030-03-05T11:00:00Z"));

    private final LocalChangeNotifications changes = new LocalChangeNotifications();
    private final CountingAppointments database = new CountingAppointments();
    private final CachedBusyTime busy = new CachedBusyTime(database, TTL, Clock.systemUTC(), changes);
    private final TenantContext salon = TenantContext.of(SALON);
    private final TenantContext bakery = TenantContext.of(BAKERY);

    @Test
    void givenAWarmDayWhenAskedAgainThenTheDatabaseIsNotAsked() {
        busy.holdingTime(salon, MITTE, MONDAY);
        busy.holdingTime(salon, MITTE, MONDAY);
        busy.holdingTime(salon, MITTE, MONDAY);
        assertThat(database.reads).hasValue(1);
    }

    @Test
    void givenWarmDaysOfTwoTenantsWhenOneTenantsAvailabilityChangesThenOnlyItsDaysAreReadAgain() {
        busy.holdingTime(salon, MITTE, MONDAY);
        busy.holdingTime(bakery, MITTE, MONDAY);

        changes.publish(SALON, Topic.AVAILABILITY);
        busy.holdingTime(salon, MITTE, MONDAY);
        busy.holdingTime(bakery, MITTE, MONDAY);
        assertThat(database.reads).hasValue(3);
    }

    @Test
    void givenAWarmDayWhenCatalogStaffBranchOrRoutingChangeThenTheBusyTimeIsKeptButEverythingDropsIt() {
        busy.holdingTime(salon, MITTE, MONDAY);
        for (Topic topic : List.of(Topic.CATALOG, Topic.STAFF, Topic.BRANCH, Topic.ROUTING, Topic.COMPANY)) {
            changes.publish(SALON, topic);
        }
        busy.holdingTime(salon, MITTE, MONDAY);
        assertThat(database.reads).hasValue(1);

        changes.deliver(new Change.Everything());
        busy.holdingTime(salon, MITTE, MONDAY);
        assertThat(database.reads).hasValue(2);
    }

    @Test
    void givenAChangeWhileTheDayIsBeingReadWhenAskedAgainThenItIsReadAgain() {
        database.duringRead = reads -> {
            if (reads == 1) {
                changes.publish(SALON, Topic.AVAILABILITY);
            }
        };
        busy.holdingTime(salon, MITTE, MONDAY);
        busy.holdingTime(salon, MITTE, MONDAY);
        busy.holdingTime(salon, MITTE, MONDAY);
        assertThat(database.reads)
                .as("the first answer may predate the write: never served again")
                .hasValue(2);
    }

    @Test
    void givenAnAppointmentWithPersonalDataWhenItIsKeptThenOnlyWhoIsBusyWhenRemains() {
        Appointment booked = Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        SALON,
                        MITTE,
                        ServiceId.newId(),
                        StaffId.newId(),
                        CustomerId.newId(),
                        TimeSlot.of(Instant.parse("2030-03-04T09:00:00Z"), Duration.ofMinutes(30)),
                        Duration.ofMinutes(5),
                        ZoneId.of("Europe/Berlin"),
                        CallId.newId(),
                        "Allergie gegen Färbemittel"),
                false,
                NOW);
        database.answer = List.of(booked);

        Appointment kept = busy.holdingTime(salon, MITTE, MONDAY).get(0);

        assertThat(kept.customerId()).isNull();
        assertThat(kept.notes()).isNull();
        assertThat(kept.id()).isEqualTo(booked.id());
        assertThat(kept.resource()).isEqualTo(booked.resource());
        assertThat(kept.blockedTime()).isEqualTo(booked.blockedTime());
        assertThat(kept.holdsTime()).isTrue();
    }

    /** Appointments whose busy-time reads are counted; nothing else is used. */
    private static final class CountingAppointments implements Appointments {
        final AtomicInteger reads = new AtomicInteger();
        volatile List<Appointment> answer = List.of();
        volatile Consumer<Integer> duringRead = reads -> {};

        @Override
        public List<Appointment> holdingTime(TenantContext tenant, BranchId branch, TimeSlot window) {
            duringRead.accept(reads.incrementAndGet());
            return answer;
        }

        @Override
        public WriteOutcome<Appointment> add(
                TenantContext tenant,
                Appointment appointment,
                List<com.askpro.booking.domain.notification.Notification> notices) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WriteOutcome<Appointment> replace(
                TenantContext tenant,
                Appointment previous,
                Appointment replacement,
                List<com.askpro.booking.domain.notification.Notification> notices) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WriteOutcome<Appointment> update(
                TenantContext tenant,
                Appointment appointment,
                List<com.askpro.booking.domain.notification.Notification> notices) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Appointment> find(TenantContext tenant, AppointmentId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Appointment> findByExternalUid(TenantContext tenant, String externalUid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Appointment> upcomingFor(TenantContext tenant, CustomerId customer, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Appointment> bookedByCall(TenantContext tenant, CallId call, ServiceId service, Instant start) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Appointment> list(TenantContext tenant, Query query, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }
}
