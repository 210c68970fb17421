package com.askpro.booking.application.port;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Base of the decorators of the appointments port: every method goes to {@link #delegate()};
 * a decorator overrides only what it adds to (publishing a change, caching, planning messages).
 */
public abstract class ForwardingAppointments implements Appointments {

    private final Appointments delegate;

    protected ForwardingAppointments(Appointments delegate) {
        this.delegate = delegate;
    }

    protected final Appointments delegate() {
        return delegate;
    }

    @Override
    public WriteOutcome<Appointment> add(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        return delegate.add(tenant, appointment, notices);
    }

    @Override
    public WriteOutcome<Appointment> replace(
            TenantContext tenant, Appointment previous, Appointment replacement, List<Notification> notices) {
        return delegate.replace(tenant, previous, replacement, notices);
    }

    @Override
    public WriteOutcome<Appointment> update(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        return delegate.update(tenant, appointment, notices);
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
