package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;

/** Which of the caller's appointments is meant: {@link Found}, or why none. */
public sealed interface Lookup permits Lookup.Found, LookupRefusal {

    record Found(Appointment appointment) implements Lookup {}
}
