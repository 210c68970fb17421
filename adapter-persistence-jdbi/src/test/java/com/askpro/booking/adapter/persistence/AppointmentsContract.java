package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of the {@link Appointments} port: storage, overlap rules, reschedule, reads. */
abstract class AppointmentsContract extends PortsTest {

    private static final Instant TEN = Fixtures.at("2030-03-04T10:00:00Z");

    private Fixtures t;
    private Appointments appointments;

    @BeforeEach
    void tenant() {
        t = Fixtures.create(persistence);
        appointments = persistence.appointments();
    }

    @Test
    void storesAndFindsAnAppointmentWithEveryField() {
        Appointment booked = Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        t.company().id(),
                        t.branch().id(),
                        t.buffered().id(),
                        t.alice().id(),
                        t.customer().id(),
                        TimeSlot.of(TEN, Duration.ofMinutes(45)),
                        Duration.ofMinutes(15),
                        Fixtures.BERLIN,
                        CallId.newId(),
                        "Bitte 'pünktlich'"),
                true,
                Fixtures.NOW);

        assertThat(appointments.add(t.tenant(), booked)).isEqualTo(new WriteOutcome.Written<>(booked));
        assertThat(appointments.find(t.tenant(), booked.id())).contains(booked);
    }

    @Test
    void findsAnAppointmentByItsExternalUidWithinItsTenantOnly() {
        Appointment synced = Appointment.book(
                        AppointmentId.newId(),
                        new Appointment.Request(
                                t.company().id(),
                                t.branch().id(),
                                t.buffered().id(),
                                t.alice().id(),
                                t.customer().id(),
                                TimeSlot.of(TEN, Duration.ofMinutes(30)),
                                Duration.ZERO,
                                Fixtures.BERLIN,
                                null,
                                null),
                        true,
                        Fixtures.NOW)
                .markSynced("cal_uid_1", Fixtures.NOW)
                .orElseThrow();
        appointments.add(t.tenant(), synced).orElseThrow();
        Fixtures other = Fixtures.create(persistence);

        assertThat(appointments.findByExternalUid(t.tenant(), "cal_uid_1"))
                .map(Appointment::id)
                .contains(synced.id());
        assertThat(appointments.findByExternalUid(t.tenant(), "cal_uid_2")).isEmpty();
        assertThat(appointments.findByExternalUid(other.tenant(), "cal_uid_1")).isEmpty();
    }

    @Test
    void overlappingButNotEqualTimesOnTheSameStaffConflict() {
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN, 30))
                        .isWritten())
                .isTrue();

        assertThat(appointments.add(t.tenant(), t.appointment(t.alice(), TEN.plusSeconds(15 * 60), 30)))
                .isInstanceOf(WriteOutcome.SlotTaken.class);
        assertThat(appointments.add(t.tenant(), t.appointment(t.alice(), TEN.minusSeconds(10 * 60), 60)))
                .isInstanceOf(WriteOutcome.SlotTaken.class);
        onDatabase(db -> assertThat(count(
                        db,
                        "SELECT COUNT(*) FROM appointments WHERE staff_id = ?",
                        t.alice().id().value()))
                .isEqualTo(1));
    }

    @Test
    void theSameTimeOnTwoStaffMembersBothSucceed() {
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN, 30))
                        .isWritten())
                .isTrue();
        assertThat(appointments.add(t.tenant(), t.appointment(t.bob(), TEN, 30)).isWritten())
                .isTrue();
    }

    @Test
    void adjacentSlotsBothSucceed() {
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN, 30))
                        .isWritten())
                .isTrue();
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN.plusSeconds(30 * 60), 30))
                        .isWritten())
                .isTrue();
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN.minusSeconds(30 * 60), 30))
                        .isWritten())
                .isTrue();
    }

    @Test
    void theBufferAfterAnAppointmentMakesTheNextSlotConflict() {
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.buffered(), t.alice(), TEN, 30))
                        .isWritten())
                .isTrue();

        assertThat(appointments.add(t.tenant(), t.appointment(t.alice(), TEN.plusSeconds(30 * 60), 30)))
                .isInstanceOf(WriteOutcome.SlotTaken.class);
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN.plusSeconds(45 * 60), 30))
                        .isWritten())
                .isTrue();
    }

    @Test
    void bookingsWithoutStaffBlockTheBranch() {
        assertThat(appointments.add(t.tenant(), t.appointment(null, TEN, 30)).isWritten())
                .isTrue();

        assertThat(appointments.add(t.tenant(), t.appointment(null, TEN, 30)))
                .isInstanceOf(WriteOutcome.SlotTaken.class);
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN, 30))
                        .isWritten())
                .isTrue();
    }

    @Test
    void cancellingFreesTheTimeAndAdvancesTheVersion() {
        Appointment first = appointments
                .add(t.tenant(), t.appointment(t.buffered(), t.alice(), TEN, 30))
                .orElseThrow();
        Appointment cancelled = first.cancel("caller asked", Fixtures.NOW).orElseThrow();

        WriteOutcome<Appointment> update = appointments.update(t.tenant(), cancelled);

        assertThat(update.orElseThrow().version()).isEqualTo(1);
        assertThat(appointments.find(t.tenant(), first.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN, 45))
                        .isWritten())
                .isTrue();
    }

    @Test
    void aStaleUpdateIsAVersionConflict() {
        Appointment first =
                appointments.add(t.tenant(), t.appointment(t.alice(), TEN, 30)).orElseThrow();
        appointments
                .update(t.tenant(), first.confirm(Fixtures.NOW).orElseThrow())
                .orElseThrow();

        assertThat(appointments.update(
                        t.tenant(), first.cancel("late", Fixtures.NOW).orElseThrow()))
                .isInstanceOf(WriteOutcome.VersionConflict.class);
        assertThat(appointments.find(t.tenant(), first.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void reschedulingMovesTheBookingAtomicallyAndFreesTheOldTime() {
        Appointment original =
                appointments.add(t.tenant(), t.appointment(t.alice(), TEN, 30)).orElseThrow();
        Appointment.Rescheduled moved = original.rescheduleTo(
                        AppointmentId.newId(),
                        TimeSlot.of(TEN.plusSeconds(15 * 60), Duration.ofMinutes(30)),
                        t.alice().id(),
                        Fixtures.NOW)
                .orElseThrow();

        assertThat(appointments.replace(t.tenant(), moved.previous(), moved.replacement()))
                .isEqualTo(new WriteOutcome.Written<>(moved.replacement()));

        assertThat(appointments.find(t.tenant(), original.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.RESCHEDULED);
        assertThat(appointments.find(t.tenant(), moved.replacement().id())).contains(moved.replacement());
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN.minusSeconds(15 * 60), 30))
                        .isWritten())
                .isTrue();
    }

    @Test
    void reschedulingToAnotherStaffMemberLocksBoth() {
        Appointment original =
                appointments.add(t.tenant(), t.appointment(t.alice(), TEN, 30)).orElseThrow();
        Appointment.Rescheduled moved = original.rescheduleTo(
                        AppointmentId.newId(), original.slot(), t.bob().id(), Fixtures.NOW)
                .orElseThrow();

        assertThat(appointments
                        .replace(t.tenant(), moved.previous(), moved.replacement())
                        .isWritten())
                .isTrue();
        assertThat(appointments
                        .add(t.tenant(), t.appointment(t.alice(), TEN, 30))
                        .isWritten())
                .isTrue();
        assertThat(appointments.add(t.tenant(), t.appointment(t.bob(), TEN, 30)))
                .isInstanceOf(WriteOutcome.SlotTaken.class);
    }

    @Test
    void reschedulingToATakenTimeLeavesTheOldAppointmentUntouched() {
        Appointment original =
                appointments.add(t.tenant(), t.appointment(t.alice(), TEN, 30)).orElseThrow();
        appointments
                .add(t.tenant(), t.appointment(t.alice(), TEN.plusSeconds(3600), 30))
                .orElseThrow();
        Appointment.Rescheduled moved = original.rescheduleTo(
                        AppointmentId.newId(),
                        TimeSlot.of(TEN.plusSeconds(3600), Duration.ofMinutes(30)),
                        t.alice().id(),
                        Fixtures.NOW)
                .orElseThrow();

        assertThat(appointments.replace(t.tenant(), moved.previous(), moved.replacement()))
                .isInstanceOf(WriteOutcome.SlotTaken.class);

        assertThat(appointments.find(t.tenant(), original.id())).contains(original);
        assertThat(appointments.find(t.tenant(), moved.replacement().id())).isEmpty();
        assertThat(appointments.add(t.tenant(), t.appointment(t.alice(), TEN, 30)))
                .isInstanceOf(WriteOutcome.SlotTaken.class);
    }

    @Test
    void reschedulingAStalePreviousIsAVersionConflictAndChangesNothing() {
        Appointment original =
                appointments.add(t.tenant(), t.appointment(t.alice(), TEN, 30)).orElseThrow();
        appointments
                .update(t.tenant(), original.confirm(Fixtures.NOW).orElseThrow())
                .orElseThrow();
        Appointment.Rescheduled moved = original.rescheduleTo(
                        AppointmentId.newId(),
                        TimeSlot.of(TEN.plusSeconds(7200), Duration.ofMinutes(30)),
                        t.alice().id(),
                        Fixtures.NOW)
                .orElseThrow();

        assertThat(appointments.replace(t.tenant(), moved.previous(), moved.replacement()))
                .isInstanceOf(WriteOutcome.VersionConflict.class);
        assertThat(appointments.find(t.tenant(), moved.replacement().id())).isEmpty();
        assertThat(appointments.find(t.tenant(), original.id()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void readsHoldingTimeUpcomingAndBookedByCall() {
        CallId call = CallId.newId();
        Appointment fromCall = Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        t.company().id(),
                        t.branch().id(),
                        t.service().id(),
                        t.alice().id(),
                        t.customer().id(),
                        TimeSlot.of(TEN, Duration.ofMinutes(30)),
                        Duration.ZERO,
                        Fixtures.BERLIN,
                        call,
                        null),
                false,
                Fixtures.NOW);
        appointments.add(t.tenant(), fromCall).orElseThrow();
        Appointment later = appointments
                .add(t.tenant(), t.appointmentOf(t.customer(), t.service(), t.bob(), TEN.plusSeconds(7200), 30))
                .orElseThrow();
        Appointment cancelled =
                appointments.add(t.tenant(), t.appointment(t.bob(), TEN, 30)).orElseThrow();
        appointments
                .update(t.tenant(), cancelled.cancel(null, Fixtures.NOW).orElseThrow())
                .orElseThrow();

        assertThat(appointments.holdingTime(
                        t.tenant(), t.branch().id(), new TimeSlot(TEN.minusSeconds(60), TEN.plusSeconds(60))))
                .containsExactly(fromCall);
        assertThat(appointments.upcomingFor(t.tenant(), t.customer().id(), TEN.plusSeconds(60)))
                .containsExactly(fromCall, later);
        assertThat(appointments.upcomingFor(t.tenant(), t.customer().id(), TEN.plusSeconds(1800)))
                .containsExactly(later);
        assertThat(appointments.bookedByCall(t.tenant(), call, t.service().id(), TEN))
                .contains(fromCall);
        assertThat(appointments.bookedByCall(t.tenant(), call, t.service().id(), TEN.plusSeconds(60)))
                .isEmpty();
    }

    @Test
    void listsByStartInPagesWithFilters() {
        List<Appointment> booked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            booked.add(appointments
                    .add(t.tenant(), t.appointment(t.alice(), TEN.plusSeconds(3600L * i), 30))
                    .orElseThrow());
        }
        List<Appointment> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Appointment> page = appointments.list(t.tenant(), Appointments.Query.ALL, new PageRequest(2, cursor));
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(booked);
        assertThat(appointments
                        .list(
                                t.tenant(),
                                new Appointments.Query(
                                        t.branch().id(),
                                        AppointmentStatus.BOOKED,
                                        TEN.plusSeconds(3600),
                                        TEN.plusSeconds(3 * 3600)),
                                PageRequest.first(10))
                        .items())
                .containsExactly(booked.get(1), booked.get(2));
    }

    @Test
    void anInvalidCursorIsAnInvalidValue() {
        assertThatThrownBy(
                        () -> appointments.list(t.tenant(), Appointments.Query.ALL, new PageRequest(2, "not-a-cursor")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> appointments.list(t.tenant(), Appointments.Query.ALL, new PageRequest(2, "eHx5")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aCustomerCannotHoldTwoOverlappingAppointmentsEvenWithDifferentStaff() {
        Appointment withAlice = appointments
                .add(t.tenant(), t.appointmentOf(t.customer(), t.service(), t.alice(), TEN, 30))
                .orElseThrow();

        WriteOutcome<Appointment> withBob = appointments.add(
                t.tenant(), t.appointmentOf(t.customer(), t.service(), t.bob(), TEN.plusSeconds(15 * 60), 30));
        WriteOutcome<Appointment> adjacent = appointments.add(
                t.tenant(), t.appointmentOf(t.customer(), t.service(), t.bob(), TEN.plusSeconds(30 * 60), 30));
        WriteOutcome<Appointment> someoneElse = appointments.add(t.tenant(), t.appointment(t.bob(), TEN, 30));

        assertThat(withBob).isEqualTo(new WriteOutcome.CustomerOverlap<>(withAlice.id()));
        assertThat(adjacent.isWritten()).isTrue();
        assertThat(someoneElse.isWritten()).isTrue();
        appointments
                .update(
                        t.tenant(),
                        withAlice.cancel("changed plans", Fixtures.NOW).orElseThrow())
                .orElseThrow();
        assertThat(appointments
                        .add(t.tenant(), t.appointmentOf(t.customer(), t.service(), t.alice(), TEN, 30))
                        .isWritten())
                .as("a cancelled appointment holds no time")
                .isTrue();
    }

    @Test
    void aRescheduleOntoAnotherAppointmentOfTheSameCustomerIsRefusedAndChangesNothing() {
        Appointment first = appointments
                .add(t.tenant(), t.appointmentOf(t.customer(), t.service(), t.alice(), TEN, 30))
                .orElseThrow();
        Appointment second = appointments
                .add(t.tenant(), t.appointmentOf(t.customer(), t.service(), t.bob(), TEN.plusSeconds(3600), 30))
                .orElseThrow();
        Appointment.Rescheduled onto = second.rescheduleTo(
                        AppointmentId.newId(),
                        TimeSlot.of(TEN, Duration.ofMinutes(30)),
                        t.bob().id(),
                        Fixtures.NOW)
                .orElseThrow();

        assertThat(appointments.replace(t.tenant(), onto.previous(), onto.replacement()))
                .isEqualTo(new WriteOutcome.CustomerOverlap<>(first.id()));
        assertThat(appointments.find(t.tenant(), second.id())).contains(second);
        assertThat(appointments.find(t.tenant(), onto.replacement().id())).isEmpty();
    }
}
