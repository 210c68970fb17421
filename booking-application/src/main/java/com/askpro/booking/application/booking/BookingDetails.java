package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.shared.InvalidValueException;

/**
 * What the caller said about themselves in a {@link BookAppointment.Command}: validated as a whole
 * before the first write (so a refused request changes nothing), and read as the customer's phone
 * number and registration.
 */
final class BookingDetails {

    private BookingDetails() {}

    /** Null when every detail is usable; otherwise the refusal. Writes nothing. */
    static BookAppointment.Outcome invalid(BookAppointment.Command command) {
        if (command.phone() == null && command.caller().callerNumber().isEmpty()) {
            return new BookAppointment.Outcome.PhoneNeeded();
        }
        try {
            phone(command);
        } catch (InvalidValueException e) {
            return new BookAppointment.Outcome.InvalidDetail("customer_phone");
        }
        try {
            registration(command);
            Appointment.validNotes(command.notes());
            return null;
        } catch (InvalidValueException e) {
            return new BookAppointment.Outcome.InvalidDetail(e.field());
        }
    }

    /** The number said, in the company's country; otherwise the caller's own number. */
    static PhoneNumber phone(BookAppointment.Command command) {
        return command.phone() == null
                ? command.caller().caller()
                : PhoneNumber.parse(command.phone(), command.caller().company().country());
    }

    /** The customer as the caller introduced themselves (a new id; stored only if unknown). */
    static Customer registration(BookAppointment.Command command) {
        CallerContext caller = command.caller();
        return Customer.register(
                CustomerId.newId(),
                caller.company().id(),
                phone(command),
                command.customerName(),
                command.email(),
                caller.now());
    }
}
