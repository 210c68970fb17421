package com.askpro.booking.application.dashboard;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;

/**
 * What every staff action that changed something leaves behind: an entry with its actor in
 * {@link AppointmentActions} and a live update for the open dashboards.
 */
public final class StaffActionTrail {

    private final AppointmentActions trail;
    private final LiveUpdates live;
    private final Clock clock;

    public StaffActionTrail(AppointmentActions trail, LiveUpdates live, Clock clock) {
        this.trail = trail;
        this.live = live;
        this.clock = clock;
    }

    /** Records {@code action} on {@code appointment}, announces it, and answers it done. */
    StaffActionResult done(TenantContext tenant, String actor, String action, String details, Appointment appointment) {
        record(tenant, appointment.id(), action, actor, details);
        live.publish(new LiveUpdates.Update(
                tenant, LiveUpdates.Kind.APPOINTMENT, appointment.id().value(), clock.instant()));
        return new StaffActionResult.Done(appointment);
    }

    /** Records {@code action} on appointment {@code id} only (e.g. on the old appointment of a move). */
    void record(TenantContext tenant, AppointmentId id, String action, String actor, String details) {
        trail.record(tenant, new AppointmentActions.Entry(id, action, actor, details, clock.instant()));
    }
}
