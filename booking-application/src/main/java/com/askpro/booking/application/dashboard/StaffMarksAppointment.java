package com.askpro.booking.application.dashboard;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Use case: staff mark an appointment in the dashboard's calendar — confirmed, arrived or no-show.
 * The marks are the appointment's own transitions (its rules refuse, e.g. a no-show before it
 * started), stored with the version check (retried on a concurrent change) and recorded with their
 * actor; a mark it already has changes nothing.
 */
public final class StaffMarksAppointment {

    private static final int MAX_VERSION_RETRIES = 3;

    private final Appointments appointments;
    private final StaffActionTrail trail;
    private final Clock clock;

    public StaffMarksAppointment(Appointments appointments, StaffActionTrail trail, Clock clock) {
        this.appointments = appointments;
        this.trail = trail;
        this.clock = clock;
    }

    public StaffActionResult confirm(TenantContext tenant, String actor, UUID id) {
        return mark(tenant, actor, id, "confirm", a -> a.confirm(clock.instant()));
    }

    public StaffActionResult arrived(TenantContext tenant, String actor, UUID id) {
        return mark(tenant, actor, id, "arrived", a -> a.markArrived(clock.instant()));
    }

    public StaffActionResult noShow(TenantContext tenant, String actor, UUID id) {
        return mark(tenant, actor, id, "no_show", a -> a.markNoShow(clock.instant()));
    }

    private StaffActionResult mark(
            TenantContext tenant,
            String actor,
            UUID id,
            String action,
            Function<Appointment, Transition<Appointment>> change) {
        Optional<Appointment> found = appointments.find(tenant, new AppointmentId(id));
        if (found.isEmpty()) {
            return new StaffActionResult.NotFound();
        }
        Appointment appointment = found.get();
        for (int attempt = 1; attempt <= MAX_VERSION_RETRIES; attempt++) {
            Transition<Appointment> transition = change.apply(appointment);
            if (transition instanceof Transition.Refused<Appointment> refused) {
                return new StaffActionResult.Refused(refused.rule(), refused.message(), List.of());
            }
            if (transition instanceof Transition.Ignored<Appointment>) {
                return new StaffActionResult.Done(appointment);
            }
            if (appointments.update(tenant, transition.state()) instanceof WriteOutcome.Written<Appointment> written) {
                return trail.done(tenant, actor, action, null, written.value());
            }
            appointment = appointments.find(tenant, appointment.id()).orElseThrow();
        }
        return StaffActionResult.Refused.busy();
    }
}
