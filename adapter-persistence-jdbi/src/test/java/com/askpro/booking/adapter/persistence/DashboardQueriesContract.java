package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.port.DashboardQueries;
import com.askpro.booking.application.port.DashboardQueries.BookingCount;
import com.askpro.booking.application.port.DashboardQueries.CallCount;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of the dashboard's queries: counts per 15-minute bucket made by the database, scoped to
 * the tenant and to the half-open window; searches by the caller's phone hash and by customers,
 * keyset-paged newest first without gaps or repeats.
 */
abstract class DashboardQueriesContract extends DatabaseTest {

    private static final Instant T = Instant.parse("2030-03-04T09:00:00Z");

    private DashboardQueries queries() {
        return persistence.dashboardQueries();
    }

    private Call call(Fixtures t, PhoneNumber from, CustomerId customer, Instant at, AppointmentId... booked) {
        Call call = new Call(
                CallId.newId(),
                t.company().id(),
                t.branch().id(),
                "call_" + UUID.randomUUID().toString().replace("-", ""),
                CallDirection.INBOUND,
                from,
                Fixtures.randomPhone(),
                CallStatus.REGISTERED,
                CallFacts.NONE,
                customer,
                Set.of(booked),
                0,
                at,
                at);
        return persistence.calls().add(t.tenant(), call).orElseThrow();
    }

    private Appointment booked(Fixtures t, Customer who, Instant start, Instant createdAt) {
        Appointment a = Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        t.company().id(),
                        t.branch().id(),
                        t.service().id(),
                        t.alice().id(),
                        who.id(),
                        TimeSlot.of(start, Duration.ofMinutes(30)),
                        Duration.ZERO,
                        Fixtures.BERLIN,
                        null,
                        null),
                false,
                createdAt);
        return persistence.appointments().add(t.tenant(), a).orElseThrow();
    }

    private Customer customer(Fixtures t, String name) {
        return persistence
                .customers()
                .addOrGet(
                        t.tenant(),
                        Customer.register(
                                CustomerId.newId(),
                                t.company().id(),
                                Fixtures.randomPhone(),
                                name,
                                null,
                                Fixtures.NOW));
    }

    @Test
    void callsAreCountedPerQuarterHourWithTheBookedOnesInsideTheHalfOpenWindowOfTheTenantOnly() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Appointment a = booked(t, t.customer(), T.plus(Duration.ofDays(2)), T);
        call(t, t.customer().phone(), null, T, a.id()); // 09:00 bucket, booked
        call(t, t.customer().phone(), null, T.plusSeconds(899)); // same bucket
        call(t, t.customer().phone(), null, T.plusSeconds(900)); // 09:15 bucket
        call(t, t.customer().phone(), null, T.minusSeconds(1)); // before the window
        call(t, t.customer().phone(), null, T.plus(Duration.ofHours(2))); // at the end: excluded
        call(other, other.customer().phone(), null, T.plusSeconds(10)); // other tenant

        List<CallCount> counts = queries().callCounts(t.tenant(), T, T.plus(Duration.ofHours(2)));

        assertThat(counts).containsExactly(new CallCount(T, 2, 1), new CallCount(T.plusSeconds(900), 1, 0));
        assertThat(queries().callCounts(other.tenant(), T, T.plus(Duration.ofHours(2))))
                .containsExactly(new CallCount(T, 1, 0));
    }

    @Test
    void bookingsAreCountedByWhenTheyWereMadeAndTheNewHalfOfAMoveIsNotANewBooking() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Appointment first = booked(t, t.customer(), T.plus(Duration.ofDays(3)), T.plusSeconds(60));
        booked(
                t,
                customer(t, null),
                T.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)),
                T.plus(Duration.ofMinutes(50)));
        booked(t, customer(t, null), T.plus(Duration.ofDays(4)), T.minus(Duration.ofDays(1)));
        booked(other, other.customer(), T.plus(Duration.ofDays(3)), T.plusSeconds(60));
        var moved = ((Transition.Applied<Appointment.Rescheduled>) first.rescheduleTo(
                        AppointmentId.newId(),
                        TimeSlot.of(T.plus(Duration.ofDays(5)), Duration.ofMinutes(30)),
                        t.alice().id(),
                        T.plus(Duration.ofMinutes(20))))
                .state();
        persistence
                .appointments()
                .replace(t.tenant(), moved.previous(), moved.replacement())
                .orElseThrow();

        assertThat(queries().bookingCounts(t.tenant(), T, T.plus(Duration.ofHours(1))))
                .containsExactly(new BookingCount(T, 1), new BookingCount(T.plus(Duration.ofMinutes(45)), 1));
    }

    @Test
    void callsFoundByTheCallersNumberAcrossAllTimeArePagedNewestFirstWithoutGapsOrRepeats() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        PhoneNumber caller = Fixtures.randomPhone();
        List<CallId> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(
                    0,
                    call(t, caller, null, T.minus(Duration.ofDays(40L * i)).minusSeconds(i))
                            .id());
        }
        Instant same = T.plus(Duration.ofDays(1));
        expected.add(0, call(t, caller, null, same).id());
        expected.add(0, call(t, caller, null, same).id());
        call(t, Fixtures.randomPhone(), null, T);
        call(other, caller, null, T);

        List<CallId> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Call> page = queries().calls(t.tenant(), caller, null, new PageRequest(3, cursor));
            page.items().forEach(c -> seen.add(c.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        List<Call> all = queries()
                .calls(t.tenant(), caller, null, new PageRequest(10, null))
                .items();
        assertThat(all).extracting(Call::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(seen).containsExactlyElementsOf(all.stream().map(Call::id).toList());
        assertThat(queries()
                        .calls(other.tenant(), caller, null, new PageRequest(10, null))
                        .items())
                .hasSize(1);
    }

    @Test
    void callsAndAppointmentsOfCustomersAndAllOfThemComeBackForTheTenantOnly() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Customer anna = customer(t, "Anna Müller");
        Customer ben = customer(t, "Ben");
        Call annas = call(t, anna.phone(), anna.id(), T);
        call(t, ben.phone(), ben.id(), T.plusSeconds(5));
        call(other, anna.phone(), null, T);
        Appointment late = booked(t, anna, T.plus(Duration.ofDays(9)), T);
        Appointment early = booked(t, anna, T.plus(Duration.ofDays(2)), T);
        booked(t, ben, T.plus(Duration.ofDays(3)), T);
        booked(other, other.customer(), T.plus(Duration.ofDays(3)), T);

        assertThat(queries()
                        .calls(t.tenant(), null, Set.of(anna.id()), new PageRequest(10, null))
                        .items())
                .extracting(Call::id)
                .containsExactly(annas.id());
        assertThat(queries()
                        .calls(t.tenant(), null, Set.of(), new PageRequest(10, null))
                        .items())
                .isEmpty();
        assertThat(queries()
                        .calls(t.tenant(), null, null, new PageRequest(10, null))
                        .items())
                .hasSize(2);
        assertThat(queries()
                        .appointments(t.tenant(), Set.of(anna.id()), new PageRequest(10, null))
                        .items())
                .extracting(Appointment::id)
                .containsExactly(late.id(), early.id());
        assertThat(queries()
                        .appointments(t.tenant(), null, new PageRequest(10, null))
                        .items())
                .hasSize(3);
        assertThat(queries()
                        .appointments(other.tenant(), Set.of(anna.id()), new PageRequest(10, null))
                        .items())
                .isEmpty();

        Page<Appointment> first = queries().appointments(t.tenant(), null, new PageRequest(2, null));
        Page<Appointment> second = queries().appointments(t.tenant(), null, new PageRequest(2, first.nextCursor()));
        assertThat(second.items())
                .hasSize(1)
                .extracting(Appointment::id)
                .doesNotContainAnyElementsOf(
                        first.items().stream().map(Appointment::id).toList());
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void aForgedCursorIsRefused() {
        Fixtures t = Fixtures.create(persistence);
        assertThatThrownBy(() -> queries().calls(t.tenant(), null, null, new PageRequest(10, "bm90LWEtY3Vyc29y")))
                .isInstanceOf(InvalidValueException.class);
    }
}
