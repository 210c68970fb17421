package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.appointment.Attendance;
import com.askpro.booking.domain.port.AppointmentActions.Entry;
import com.askpro.booking.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@code AppointmentActions} port and of the attendance mark: the trail keeps each
 * tenant's entries for its own appointments in order, another tenant sees none; a marked
 * appointment keeps its mark through updates.
 */
abstract class AppointmentActionsContract extends PortsTest {

    private static final Instant AT = Instant.parse("2030-03-04T09:00:00Z");

    @Test
    void entriesComeBackInOrderForTheirOwnTenantAndAppointmentOnly() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Appointment appointment = persistence
                .appointments()
                .add(t.tenant(), t.appointment(t.alice(), AT.plusSeconds(86_400), 30))
                .orElseThrow();
        Appointment second = persistence
                .appointments()
                .add(t.tenant(), t.appointment(t.bob(), AT.plusSeconds(86_400), 30))
                .orElseThrow();

        persistence
                .appointmentActions()
                .record(t.tenant(), new Entry(appointment.id(), "book", "api_key:k1", null, AT));
        persistence
                .appointmentActions()
                .record(
                        t.tenant(),
                        new Entry(appointment.id(), "cancel", "user:u2", "Kundin krank", AT.plusSeconds(60)));
        persistence.appointmentActions().record(t.tenant(), new Entry(second.id(), "confirm", "api_key:k1", null, AT));
        persistence
                .appointmentActions()
                .record(other.tenant(), new Entry(appointment.id(), "forged", "api_key:x", null, AT));

        assertThat(persistence.appointmentActions().of(t.tenant(), appointment.id()))
                .containsExactly(
                        new Entry(appointment.id(), "book", "api_key:k1", null, AT),
                        new Entry(appointment.id(), "cancel", "user:u2", "Kundin krank", AT.plusSeconds(60)));
        assertThat(persistence.appointmentActions().of(t.tenant(), second.id()))
                .extracting(Entry::action)
                .containsExactly("confirm");
        assertThat(persistence.appointmentActions().of(other.tenant(), appointment.id()))
                .extracting(Entry::action)
                .containsExactly("forged");
        assertThat(persistence.appointmentActions().of(other.tenant(), second.id()))
                .isEmpty();
    }

    @Test
    void anEntryRefusesAnUnusableActionOrAnOverlongReason() {
        Fixtures t = Fixtures.create(persistence);
        Appointment appointment = persistence
                .appointments()
                .add(t.tenant(), t.appointment(t.alice(), AT.plusSeconds(86_400), 30))
                .orElseThrow();
        assertThatThrownBy(() -> new Entry(appointment.id(), "DROP TABLE", "api_key:k1", null, AT))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Entry(appointment.id(), "cancel", "api_key:k1", "x".repeat(501), AT))
                .isInstanceOf(InvalidValueException.class);
        persistence
                .appointmentActions()
                .record(t.tenant(), new Entry(appointment.id(), "cancel", "api_key:k1", "ü".repeat(500), AT));
        assertThat(persistence
                        .appointmentActions()
                        .of(t.tenant(), appointment.id())
                        .get(0)
                        .details())
                .hasSize(500);
    }

    @Test
    void theAttendanceMarkIsStoredAndKeptByLaterUpdates() {
        Fixtures t = Fixtures.create(persistence);
        Appointment booked = persistence
                .appointments()
                .add(t.tenant(), t.appointment(t.alice(), AT, 30))
                .orElseThrow();
        assertThat(persistence
                        .appointments()
                        .find(t.tenant(), booked.id())
                        .orElseThrow()
                        .attendance())
                .isNull();

        Appointment noShow = persistence
                .appointments()
                .update(t.tenant(), booked.markNoShow(AT.plusSeconds(600)).orElseThrow())
                .orElseThrow();
        assertThat(persistence
                        .appointments()
                        .find(t.tenant(), booked.id())
                        .orElseThrow()
                        .attendance())
                .isEqualTo(Attendance.NO_SHOW);

        Appointment cancelled = persistence
                .appointments()
                .update(
                        t.tenant(),
                        noShow.cancel("did not come", AT.plusSeconds(900)).orElseThrow())
                .orElseThrow();
        Appointment stored =
                persistence.appointments().find(t.tenant(), booked.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(stored.attendance()).isEqualTo(Attendance.NO_SHOW);
        assertThat(stored.version()).isEqualTo(cancelled.version());
    }
}
