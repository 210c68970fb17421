package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.dashboard.CalendarView.Action;
import com.askpro.booking.application.dashboard.CalendarView.Detail;
import com.askpro.booking.application.dashboard.CalendarView.Ref;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Query: one appointment of the calendar as its block ({@link CalendarProjection}), its branch,
 * and the trail of what staff did to it. Read in the signed-in tenant's context only: another
 * tenant's appointment answers as if it did not exist.
 */
public final class DashboardAppointment {

    private final Branches branches;
    private final Services services;
    private final StaffMembers staff;
    private final Appointments appointments;
    private final AppointmentActions actions;
    private final CalendarProjection projection;

    public DashboardAppointment(
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            Appointments appointments,
            AppointmentActions actions) {
        this.branches = branches;
        this.services = services;
        this.staff = staff;
        this.appointments = appointments;
        this.actions = actions;
        this.projection = new CalendarProjection(customers);
    }

    /** One of the tenant's appointments with what staff did to it, oldest first. */
    public Optional<Detail> of(TenantContext tenant, UUID id) {
        AppointmentId appointmentId = new AppointmentId(id);
        return appointments.find(tenant, appointmentId).map(a -> {
            Map<UUID, String> serviceNames = new HashMap<>();
            services.find(tenant, a.serviceId()).ifPresent(s -> serviceNames.put(s.id().value(), s.name()));
            Map<UUID, String> staffNames = new HashMap<>();
            a.staff().flatMap(s -> staff.find(tenant, s)).ifPresent(s -> staffNames.put(s.id().value(), s.name()));
            Ref branch = branches.find(tenant, a.branchId())
                    .map(CalendarProjection::ref)
                    .orElse(new Ref(a.branchId().value().toString(), null));
            List<Action> trail = actions.of(tenant, appointmentId).stream()
                    .map(e -> new Action(e.action(), e.actor(), e.details(), e.at()))
                    .toList();
            return new Detail(
                    projection.block(tenant, a, new CalendarProjection.Names(serviceNames, staffNames)), branch, trail);
        });
    }
}
