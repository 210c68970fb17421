package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Use case: the caller's upcoming appointments, found by the caller's own number. */
public final class FindMyAppointments {

    private final CallersAppointments callers;
    private final Services services;
    private final StaffMembers staff;

    public FindMyAppointments(CallersAppointments callers, Services services, StaffMembers staff) {
        this.callers = callers;
        this.services = services;
        this.staff = staff;
    }

    public record Query(CallerContext caller) {}

    /** One upcoming appointment with the names to say ({@code service} or {@code staff} null when unknown or none). */
    public record Item(Appointment appointment, String service, String staff) {}

    /** What {@link #find} answers. */
    public sealed interface Outcome {
        /** Soonest first; empty when the caller has none (or is not known). */
        record Upcoming(List<Item> appointments) implements Outcome {
            public Upcoming {
                appointments = List.copyOf(appointments);
            }
        }
    }

    public Outcome find(Query query) {
        CallerContext caller = query.caller();
        List<Appointment> upcoming = callers.upcoming(caller);
        if (upcoming.isEmpty()) {
            return new Outcome.Upcoming(List.of());
        }
        Map<ServiceId, String> serviceNames = services.list(caller.tenant()).stream()
                .collect(Collectors.toMap(Service::id, Service::name, (a, b) -> a));
        Map<StaffId, String> staffNames =
                staff.list(caller.tenant()).stream().collect(Collectors.toMap(Staff::id, Staff::name, (a, b) -> a));
        return new Outcome.Upcoming(upcoming.stream()
                .map(a -> new Item(
                        a, serviceNames.get(a.serviceId()), a.staffId() == null ? null : staffNames.get(a.staffId())))
                .toList());
    }
}
