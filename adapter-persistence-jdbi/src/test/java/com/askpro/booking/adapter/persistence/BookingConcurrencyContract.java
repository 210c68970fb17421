package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.time.TimeSlot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract: concurrent writers never double-book and never both win an optimistic update. */
abstract class BookingConcurrencyContract extends DatabaseTest {

    private static final int THREADS = 100;
    private static final Instant NINE = Fixtures.at("2030-03-05T09:00:00Z");

    private Fixtures t;

    @BeforeEach
    void tenant() {
        t = Fixtures.create(persistence);
    }

    @Test
    void aHundredThreadsBookingTheSameSlotStoreExactlyOneAppointment() throws Exception {
        List<WriteOutcome<Appointment>> outcomes = Concurrently.run(
                THREADS, i -> persistence.appointments().add(t.tenant(), t.appointment(t.alice(), NINE, 30)));

        assertThat(count(
                        "SELECT COUNT(*) FROM appointments WHERE staff_id = ?",
                        t.alice().id().value()))
                .isEqualTo(1);
        assertThat(outcomes.stream().filter(WriteOutcome::isWritten)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.isWritten()))
                .allMatch(o -> o instanceof WriteOutcome.SlotTaken || o instanceof WriteOutcome.Busy);
    }

    @Test
    void aHundredThreadsBookingOverlappingSlotsStoreExactlyOneAppointment() throws Exception {
        List<WriteOutcome<Appointment>> outcomes = Concurrently.run(
                THREADS,
                i -> persistence
                        .appointments()
                        .add(t.tenant(), t.appointment(t.bob(), NINE.plusSeconds(60L * (i % 20)), 30)));

        assertThat(count(
                        "SELECT COUNT(*) FROM appointments WHERE staff_id = ?",
                        t.bob().id().value()))
                .isEqualTo(1);
        assertThat(outcomes.stream().filter(WriteOutcome::isWritten)).hasSize(1);
    }

    @Test
    void aHundredThreadsBookingDifferentSlotsStoreAHundredAppointments() throws Exception {
        List<WriteOutcome<Appointment>> outcomes = Concurrently.run(
                THREADS,
                i -> persistence
                        .appointments()
                        .add(t.tenant(), t.appointment(t.alice(), NINE.plusSeconds(1800L * i), 30)));

        assertThat(outcomes).allMatch(WriteOutcome::isWritten);
        assertThat(count(
                        "SELECT COUNT(*) FROM appointments WHERE staff_id = ?",
                        t.alice().id().value()))
                .isEqualTo(THREADS);
    }

    @Test
    void concurrentReschedulesIntoOneFreeSlotStoreOneReplacement() throws Exception {
        Instant target = NINE.plusSeconds(6 * 3600);
        List<Appointment> originals = List.of(
                persistence
                        .appointments()
                        .add(t.tenant(), t.appointment(t.alice(), NINE, 30))
                        .orElseThrow(),
                persistence
                        .appointments()
                        .add(t.tenant(), t.appointment(t.bob(), NINE, 30))
                        .orElseThrow());

        List<WriteOutcome<Appointment>> outcomes = Concurrently.run(2, i -> {
            Appointment.Rescheduled moved = originals
                    .get(i)
                    .rescheduleTo(
                            AppointmentId.newId(),
                            TimeSlot.of(target, Duration.ofMinutes(30)),
                            t.alice().id(),
                            Fixtures.NOW)
                    .orElseThrow();
            return persistence.appointments().replace(t.tenant(), moved.previous(), moved.replacement());
        });

        assertThat(outcomes.stream().filter(WriteOutcome::isWritten)).hasSize(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM appointments WHERE resource_key = ? AND start_at >= ?",
                        "staff:" + t.alice().id(),
                        target.atOffset(java.time.ZoneOffset.UTC)))
                .isEqualTo(1);
    }

    @Test
    void aResourceLockedLongerThanTheLockTimeoutAnswersBusyAndWritesNothing() throws Exception {
        persistence
                .appointments()
                .add(t.tenant(), t.appointment(t.alice(), NINE, 30))
                .orElseThrow();
        try (Connection holder = persistence.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "SELECT resource_key FROM booking_resources WHERE resource_key = ? FOR UPDATE")) {
                lock.setString(1, "staff:" + t.alice().id());
                lock.executeQuery().close();
            }

            WriteOutcome<Appointment> outcome =
                    persistence.appointments().add(t.tenant(), t.appointment(t.alice(), NINE.plusSeconds(3600), 30));

            holder.rollback();
            assertThat(outcome).isInstanceOf(WriteOutcome.Busy.class);
        }
        assertThat(count(
                        "SELECT COUNT(*) FROM appointments WHERE staff_id = ?",
                        t.alice().id().value()))
                .isEqualTo(1);
    }

    @Test
    void concurrentUpdatesOfOneCallVersionLetExactlyOneWin() throws Exception {
        Call stored = persistence
                .calls()
                .add(t.tenant(), t.call("call_" + AppointmentId.newId()))
                .orElseThrow();

        List<WriteOutcome<Call>> outcomes = Concurrently.run(
                2,
                i -> persistence
                        .calls()
                        .update(
                                t.tenant(),
                                stored.apply(
                                                com.askpro.booking.domain.call.CallStatus.STARTED,
                                                com.askpro.booking.domain.call.CallFacts.startedAt(
                                                        Fixtures.NOW.plusSeconds(i)),
                                                Fixtures.NOW)
                                        .orElseThrow()));

        assertThat(outcomes.stream().filter(WriteOutcome::isWritten)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o instanceof WriteOutcome.VersionConflict))
                .hasSize(1);
        assertThat(persistence
                        .calls()
                        .find(t.tenant(), stored.id())
                        .orElseThrow()
                        .version())
                .isEqualTo(1);
    }

    @Test
    void oneCustomerBookingBothStaffAtTheSameTimeConcurrentlyStoresExactlyOneAppointment() throws Exception {
        List<WriteOutcome<Appointment>> outcomes = Concurrently.run(
                20,
                i -> persistence
                        .appointments()
                        .add(
                                t.tenant(),
                                t.appointmentOf(
                                        t.customer(),
                                        t.service(),
                                        i % 2 == 0 ? t.alice() : t.bob(),
                                        NINE.plusSeconds(3 * 3600),
                                        30)));

        assertThat(count(
                        "SELECT COUNT(*) FROM appointments WHERE customer_id = ?",
                        t.customer().id().value()))
                .isEqualTo(1);
        assertThat(outcomes.stream().filter(WriteOutcome::isWritten)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.isWritten()))
                .allMatch(o -> o instanceof WriteOutcome.CustomerOverlap || o instanceof WriteOutcome.Busy);
    }
}
