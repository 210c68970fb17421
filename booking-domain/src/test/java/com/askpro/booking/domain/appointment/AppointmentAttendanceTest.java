package com.askpro.booking.domain.appointment;

import static com.askpro.booking.domain.testdata.TestAppointments.anAppointment;
import static com.askpro.booking.domain.testdata.TestAppointments.anAppointmentIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.testdata.TestAppointments;
import com.askpro.booking.domain.testdata.TestInstants;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Staff's marks on an appointment (arrived, no-show) and what a marked appointment still allows. No infrastructure. */
class AppointmentAttendanceTest {

    /** Monday 10:00 Berlin; the default appointment is 14:00–14:30 that day. */
    private static final Instant MORNING = TestInstants.NOW;

    private static final Instant AFTER_START =
            TestAppointments.DEFAULT_SLOT.start().plusSeconds(300);
    private static final Instant DAY_BEFORE =
            TestAppointments.DEFAULT_SLOT.start().minusSeconds(24 * 3600);

    @Test
    void aNoShowIsRefusedBeforeTheStartAndMarkedAfterIt() {
        Appointment booked = anAppointment().build();

        Transition<Appointment> early =
                booked.markNoShow(TestAppointments.DEFAULT_SLOT.start().minusSeconds(1));
        assertThat(early).isInstanceOf(Transition.Refused.class);
        assertThat(((Transition.Refused<Appointment>) early).rule()).isEqualTo("not_started");

        Transition<Appointment> marked = booked.markNoShow(AFTER_START);
        assertThat(marked.changed()).isTrue();
        assertThat(marked.state().attendance()).isEqualTo(Attendance.NO_SHOW);
        assertThat(marked.state().status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(marked.state().holdsTime())
                .as("a no-show's slot is not released for double booking")
                .isTrue();
        assertThat(marked.state().updatedAt()).isEqualTo(AFTER_START);
        assertThat(marked.state().markNoShow(AFTER_START)).isInstanceOf(Transition.Ignored.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = AppointmentStatus.class,
            names = {"CANCELLED", "RESCHEDULED"})
    void neitherMarkIsPossibleOnAnEndedAppointment(AppointmentStatus status) {
        Appointment ended = anAppointmentIn(status);
        Transition<Appointment> noShow = ended.markNoShow(AFTER_START);
        Transition<Appointment> arrived = ended.markArrived(AFTER_START);
        assertThat(noShow).isInstanceOf(Transition.Refused.class);
        assertThat(arrived).isInstanceOf(Transition.Refused.class);
        assertThat(((Transition.Refused<Appointment>) noShow).rule())
                .isEqualTo("appointment_" + status.name().toLowerCase());
    }

    @Test
    void aCustomerArrivesOnTheDayNotBeforeAndOnlyOnce() {
        Appointment booked = anAppointment().build();
        Transition<Appointment> dayBefore = booked.markArrived(DAY_BEFORE);
        assertThat(dayBefore).isInstanceOf(Transition.Refused.class);
        assertThat(((Transition.Refused<Appointment>) dayBefore).rule()).isEqualTo("not_today");

        Appointment arrived = booked.markArrived(MORNING).orElseThrow();
        assertThat(arrived.attendance()).isEqualTo(Attendance.ARRIVED);
        assertThat(arrived.markArrived(MORNING)).isInstanceOf(Transition.Ignored.class);
    }

    @Test
    void anArrivedCustomerIsNoNoShowCannotBeCancelledMovedOrConfirmed() {
        Appointment arrived = anAppointment().build().markArrived(MORNING).orElseThrow();
        assertThat(rule(arrived.markNoShow(AFTER_START))).isEqualTo("appointment_arrived");
        assertThat(rule(arrived.cancel("oops", AFTER_START))).isEqualTo("appointment_arrived");
        assertThat(rule(arrived.confirm(AFTER_START))).isEqualTo("appointment_arrived");
        assertThat(arrived.rescheduleTo(
                        TestAppointments.REPLACEMENT_ID,
                        TestAppointments.DEFAULT_SLOT.movedTo(AFTER_START.plusSeconds(3600)),
                        null,
                        AFTER_START))
                .isInstanceOf(Transition.Refused.class);
    }

    @Test
    void aLateArrivalCorrectsANoShowAndANoShowCanStillBeCancelled() {
        Appointment noShow = anAppointment().build().markNoShow(AFTER_START).orElseThrow();
        Appointment late = noShow.markArrived(AFTER_START.plusSeconds(600)).orElseThrow();
        assertThat(late.attendance()).isEqualTo(Attendance.ARRIVED);

        Appointment cancelled = noShow.cancel("did not come", AFTER_START).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.attendance()).isEqualTo(Attendance.NO_SHOW);
        assertThat(rule(noShow.confirm(AFTER_START))).isEqualTo("appointment_no_show");
    }

    @Test
    void theMarkSurvivesTheCalendarSyncTransitions() {
        Appointment pending = anAppointment().build();
        Appointment external = new Appointment(
                pending.id(),
                pending.companyId(),
                pending.branchId(),
                pending.serviceId(),
                pending.staffId(),
                pending.customerId(),
                pending.slot(),
                pending.buffer(),
                pending.zone(),
                pending.status(),
                SyncStatus.PENDING,
                null,
                pending.sourceCallId(),
                null,
                null,
                null,
                0,
                MORNING,
                MORNING,
                Attendance.ARRIVED);
        assertThat(external.markSynced("uid-1", AFTER_START).orElseThrow().attendance())
                .isEqualTo(Attendance.ARRIVED);
        assertThat(external.markConflict("calendar refused", AFTER_START)
                        .orElseThrow()
                        .attendance())
                .isEqualTo(Attendance.ARRIVED);
    }

    private static String rule(Transition<?> transition) {
        assertThat(transition).isInstanceOf(Transition.Refused.class);
        return ((Transition.Refused<?>) transition).rule();
    }
}
