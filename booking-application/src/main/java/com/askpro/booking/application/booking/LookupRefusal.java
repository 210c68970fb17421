package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import java.util.List;

/** The caller's appointment cannot be told: none, not theirs, or which one is unclear. */
public sealed interface LookupRefusal extends Lookup, RescheduleAppointment.Outcome, CancelAppointment.Outcome {

    /** The caller has no upcoming appointment (or is not known by number). */
    record NoUpcomingAppointment() implements LookupRefusal {}

    /** No appointment of the caller has that id. */
    record AppointmentNotFound() implements LookupRefusal {}

    /** The caller has several upcoming appointments and named none. */
    record WhichAppointment(List<Appointment> candidates) implements LookupRefusal {
        public WhichAppointment {
            candidates = List.copyOf(candidates);
        }
    }
}
