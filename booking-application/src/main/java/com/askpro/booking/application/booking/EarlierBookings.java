package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Instant;
import java.util.Optional;

/**
 * The appointments a booking wish may already have, for {@link BookAppointment}: the one this very
 * call booked for the same service and start (a repeated request answers it again), and the
 * caller's own appointment at an overlapping time (a customer cannot be at two at once).
 */
final class EarlierBookings {

    private final Customers customers;
    private final Appointments appointments;

    EarlierBookings(Customers customers, Appointments appointments) {
        this.customers = customers;
        this.appointments = appointments;
    }

    /** Booked earlier in this call for the same service and start. */
    Optional<Appointment> bookedByThisCall(CallerContext caller, Target target, Instant wish) {
        return caller.call() == null
                ? Optional.empty()
                : appointments.bookedByCall(
                        caller.tenant(), caller.call().id(), target.service().id(), wish);
    }

    /** An appointment of the customer with this phone number that holds time overlapping {@code slot}. */
    Optional<Appointment> overlapping(CallerContext caller, PhoneNumber phone, TimeSlot slot) {
        return customers.findByPhone(caller.tenant(), phone).stream()
                .flatMap(known -> appointments.upcomingFor(caller.tenant(), known.id(), caller.now()).stream())
                .filter(a -> a.slot().overlaps(slot))
                .findFirst();
    }

    /** Booked by a concurrent twin of this very request (same call, service and start): the same booking. */
    static boolean isTwin(CallerContext caller, Target target, Instant wish, Appointment existing) {
        return caller.call() != null
                && caller.call().id().equals(existing.sourceCallId())
                && existing.serviceId().equals(target.service().id())
                && existing.slot().start().equals(wish);
    }
}
