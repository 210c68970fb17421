package com.askpro.booking.application.booking;

import com.askpro.booking.application.speech.Speech;
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

    /** Either the appointment or the answer to give instead. */
    public record Lookup(Appointment appointment, FunctionAnswer.Error error) {
    }

    public Optional<Customer> customer(CallerContext caller) {
        return caller.callerNumber().flatMap(number -> customers.findByPhone(caller.tenant(), number));
    }

    public List<Appointment> upcoming(CallerContext caller) {
        return customer(caller).map(c -> appointments.upcomingFor(caller.tenant(), c.id(), caller.now())).orElse(List.of());
    }

    /**
     * The caller's appointment {@code idText}, or their only upcoming one when no id is given.
     * {@code includeFinal}: also find an appointment that is already cancelled (for idempotent cancel).
     */
    public Lookup find(CallerContext caller, Optional<String> idText, boolean includeFinal) {
        Speech speech = caller.speech();
        Optional<Customer> customer = customer(caller);
        FunctionAnswer.Error none = new FunctionAnswer.Error("no_upcoming_appointment",
                speech.say("Ich finde unter Ihrer Nummer keinen anstehenden Termin.", "I cannot find an upcoming appointment for your number."));
        if (customer.isEmpty()) {
            return new Lookup(null, none);
        }
        if (idText.isPresent()) {
            AppointmentId id;
            try {
                id = AppointmentId.parse(idText.get());
            } catch (InvalidValueException e) {
                return new Lookup(null, notFound(speech));
            }
            return appointments.find(caller.tenant(), id)
                    .filter(a -> a.belongsTo(customer.get().id()))
                    .filter(a -> includeFinal || a.isUpcomingAt(caller.now()))
                    .map(a -> new Lookup(a, null))
                    .orElseGet(() -> new Lookup(null, notFound(speech)));
        }
        List<Appointment> upcoming = appointments.upcomingFor(caller.tenant(), customer.get().id(), caller.now());
        if (upcoming.isEmpty()) {
            return new Lookup(null, none);
        }
        if (upcoming.size() > 1) {
            List<String> options = upcoming.stream().map(a -> a.id() + " " + caller.iso(a.slot().start())).toList();
            List<String> spoken = upcoming.stream().map(a -> caller.spoken(a.slot().start())).toList();
            return new Lookup(null, new FunctionAnswer.Error("which_appointment",
                    speech.say("Sie haben mehrere Termine: " + speech.list(spoken) + ". Welchen meinen Sie?",
                            "You have several appointments: " + speech.list(spoken) + ". Which one do you mean?"), options));
        }
        return new Lookup(upcoming.get(0), null);
    }

    private static FunctionAnswer.Error notFound(Speech speech) {
        return new FunctionAnswer.Error("not_found",
                speech.say("Diesen Termin finde ich unter Ihrer Nummer nicht.", "I cannot find that appointment for your number."));
    }
}
