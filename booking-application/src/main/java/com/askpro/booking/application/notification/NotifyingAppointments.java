package com.askpro.booking.application.notification;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decorates the appointments port so that every booking outcome — a new appointment, a
 * reschedule, a cancellation, from the caller, staff or the company's calendar — is written
 * together with the messages that announce it ({@link NotificationPlanner}): the persistence
 * stores both in one transaction, so a change is never lost for the customer and a change that did
 * not happen is never announced.
 */
public final class NotifyingAppointments implements Appointments {

    private final Appointments delegate;
    private final NotificationPlanner planner;
    private final Clock clock;

    public NotifyingAppointments(Appointments delegate, NotificationPlanner planner, Clock clock) {
        this.delegate = delegate;
        this.planner = planner;
        this.clock = clock;
    }

    @Override
    public WriteOutcome<Appointment> add(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        return delegate.add(tenant, appointment, with(notices, tenant, appointment, NotificationKind.BOOKED));
    }

    @Override
    public WriteOutcome<Appointment> replace(TenantContext tenant, Appointment previous, Appointment replacement,
            List<Notification> notices) {
        return delegate.replace(tenant, previous, replacement, with(notices, tenant, replacement, NotificationKind.RESCHEDULED));
    }

    @Override
    public WriteOutcome<Appointment> update(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        return delegate.update(tenant, appointment, with(notices, tenant, appointment, NotificationKind.CANCELLED));
    }

    private List<Notification> with(List<Notification> given, TenantContext tenant, Appointment appointment,
            NotificationKind change) {
        Instant now = clock.instant();
        List<Notification> planned = planner.plan(tenant, delegate, appointment, change, now);
        if (given.isEmpty()) {
            return planned;
        }
        List<Notification> all = new ArrayList<>(given);
        all.addAll(planned);
        return all;
    }

    @Override
    public Optional<Appointment> find(TenantContext tenant, AppointmentId id) {
        return delegate.find(tenant, id);
    }

    @Override
    public Optional<Appointment> findByExternalUid(TenantContext tenant, String externalUid) {
        return delegate.findByExternalUid(tenant, externalUid);
    }

    @Override
    public List<Appointment> holdingTime(TenantContext tenant, BranchId branch, TimeSlot window) {
        return delegate.holdingTime(tenant, branch, window);
    }

    @Override
    public List<Appointment> upcomingFor(TenantContext tenant, CustomerId customer, Instant now) {
        return delegate.upcomingFor(tenant, customer, now);
    }

    @Override
    public Optional<Appointment> bookedByCall(TenantContext tenant, CallId call, ServiceId service, Instant start) {
        return delegate.bookedByCall(tenant, call, service, start);
    }

    @Override
    public Page<Appointment> list(TenantContext tenant, Query query, PageRequest page) {
        return delegate.list(tenant, query, page);
    }
}
