package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Optional;

/**
 * Finds the appointment a caller means — by id or as their only upcoming one — among the
 * appointments of their own phone number in the tenant they called, and nobody else's.
 */
public final class CallersAppointments {

    private final Customers customers;
    private final Appointments appointments;

    public CallersAppointments(Customers customers, Appointments appointments) {
        this.customers = customers;
        this.appointments = appointments;
    }

    public Optional<Customer> customer(CallerContext caller) {
        return caller.callerNumber().flatMap(number -> customers.findByPhone(caller.tenant(), number));
    }

    public List<Appointment> upcoming(CallerContext caller) {
        return customer(caller)
                .map(c -> appointments.upcomingFor(caller.tenant(), c.id(), caller.now()))
                .orElse(List.of());
    }

    /**
     * The caller's appointment {@code idText} (may be null), or their only upcoming one when no id
     * is given. {@code includeFinal}: also find one that is already cancelled (for idempotent cancel).
     */
    public Lookup find(CallerContext caller, String idText, boolean includeFinal) {
        Optional<Customer> customer = customer(caller);
        if (customer.isEmpty()) {
            return new LookupRefusal.NoUpcomingAppointment();
        }
        if (idText != null && !idText.isBlank()) {
            AppointmentId id;
            try {
                id = AppointmentId.parse(idText);
            } catch (InvalidValueException e) {
                return new LookupRefusal.AppointmentNotFound();
            }
            return appointments
                    .find(caller.tenant(), id)
                    .filter(a -> a.belongsTo(customer.get().id()))
                    .filter(a -> includeFinal || a.isUpcomingAt(caller.now()))
                    .<Lookup>map(Lookup.Found::new)
                    .orElseGet(LookupRefusal.AppointmentNotFound::new);
        }
        List<Appointment> upcoming =
                appointments.upcomingFor(caller.tenant(), customer.get().id(), caller.now());
        if (upcoming.isEmpty()) {
            return new LookupRefusal.NoUpcomingAppointment();
        }
        if (upcoming.size() > 1) {
            return new LookupRefusal.WhichAppointment(upcoming);
        }
        return new Lookup.Found(upcoming.get(0));
    }
}
