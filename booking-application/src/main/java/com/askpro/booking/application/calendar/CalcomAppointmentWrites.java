package com.askpro.booking.application.calendar;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;

/**
 * How a Cal.com webhook changes a local appointment: the transition is stored (a lost race with
 * another writer throws, so the event is retried on fresh state) and announced as a live update.
 */
final class CalcomAppointmentWrites {

    private final Appointments appointments;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    CalcomAppointmentWrites(Appointments appointments, LiveUpdates liveUpdates, Clock clock) {
        this.appointments = appointments;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /** Stores the transition's state when it changed something; throws when the appointment changed meanwhile. */
    void save(TenantContext tenant, Transition<Appointment> transition) {
        if (!transition.changed()) {
            return;
        }
        WriteOutcome<Appointment> outcome = appointments.update(tenant, transition.state());
        if (!outcome.isWritten()) {
            throw new IllegalStateException(
                    "appointment " + transition.state().id() + " changed meanwhile: " + outcome);
        }
        publish(tenant, transition.state(), clock.instant());
    }

    void publish(TenantContext tenant, Appointment appointment, Instant now) {
        liveUpdates.publish(new LiveUpdates.Update(
                tenant, LiveUpdates.Kind.APPOINTMENT, appointment.id().value(), now));
    }

    /** Cal.com already reflects this state: mark it synced (unchanged when it is not an external appointment). */
    static Appointment synced(Appointment appointment, String uid, Instant now) {
        Transition<Appointment> synced = appointment.markSynced(uid, now);
        return synced.state() == null ? appointment : synced.state();
    }
}
