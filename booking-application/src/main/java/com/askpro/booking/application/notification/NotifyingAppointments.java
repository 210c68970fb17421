package com.askpro.booking.application.notification;

import com.askpro.booking.application.port.ForwardingAppointments;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decorates the appointments port so that every booking outcome — a new appointment, a
 * reschedule, a cancellation, from the caller, staff or the company's calendar — is written
 * together with the messages that announce it ({@link NotificationPlanner}): the persistence
 * stores both in one transaction, so a change is never lost for the customer and a change that did
 * not happen is never announced.
 */
public final class NotifyingAppointments extends ForwardingAppointments {

    private final NotificationPlanner planner;
    private final Clock clock;

    public NotifyingAppointments(Appointments delegate, NotificationPlanner planner, Clock clock) {
        super(delegate);
        this.planner = planner;
        this.clock = clock;
    }

    @Override
    public WriteOutcome<Appointment> add(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        return super.add(tenant, appointment, with(notices, tenant, appointment, NotificationKind.BOOKED));
    }

    @Override
    public WriteOutcome<Appointment> replace(
            TenantContext tenant, Appointment previous, Appointment replacement, List<Notification> notices) {
        return super.replace(
                tenant, previous, replacement, with(notices, tenant, replacement, NotificationKind.RESCHEDULED));
    }

    @Override
    public WriteOutcome<Appointment> update(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        return super.update(tenant, appointment, with(notices, tenant, appointment, NotificationKind.CANCELLED));
    }

    private List<Notification> with(
            List<Notification> given, TenantContext tenant, Appointment appointment, NotificationKind change) {
        Instant now = clock.instant();
        List<Notification> planned = planner.plan(tenant, delegate(), appointment, change, now);
        if (given.isEmpty()) {
            return planned;
        }
        List<Notification> all = new ArrayList<>(given);
        all.addAll(planned);
        return all;
    }
}
