package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Use case {@code find_my_appointments}: the caller's upcoming appointments, by caller number. */
public final class FindMyAppointments implements BookingFunction {

    private final CallersAppointments callers;
    private final Services services;
    private final StaffMembers staff;

    public FindMyAppointments(CallersAppointments callers, Services services, StaffMembers staff) {
        this.callers = callers;
        this.services = services;
        this.staff = staff;
    }

    /** The answer, soonest first. */
    public record Answer(List<Item> appointments, String message) implements FunctionAnswer {
    }

    /** One upcoming appointment. */
    public record Item(String appointmentId, String service, String start, String staff) {
    }

    @Override
    public String name() {
        return "find_my_appointments";
    }

    @Override
    public FunctionAnswer execute(CallerContext caller, FunctionArgs args) {
        List<Appointment> upcoming = callers.upcoming(caller);
        if (upcoming.isEmpty()) {
            return new Answer(List.of(), caller.speech().say("Unter Ihrer Nummer finde ich keine anstehenden Termine.",
                    "I cannot find any upcoming appointments for your number."));
        }
        Map<Object, String> serviceNames = services.list(caller.tenant()).stream()
                .collect(Collectors.toMap(Service::id, Service::name, (a, b) -> a));
        Map<Object, String> staffNames = staff.list(caller.tenant()).stream()
                .collect(Collectors.toMap(Staff::id, Staff::name, (a, b) -> a));
        Function<Appointment, String> spoken = a -> serviceNames.getOrDefault(a.serviceId(), "?") + " "
                + caller.speech().say("am ", "on ") + caller.spoken(a.slot().start());
        List<Item> items = upcoming.stream().map(a -> new Item(a.id().toString(), serviceNames.get(a.serviceId()),
                caller.iso(a.slot().start()), a.staffId() == null ? null : staffNames.get(a.staffId()))).toList();
        String list = caller.speech().list(upcoming.stream().map(spoken).toList());
        return new Answer(items, caller.speech().say("Sie haben folgende Termine: " + list + ".", "Your appointments: " + list + "."));
    }
}
