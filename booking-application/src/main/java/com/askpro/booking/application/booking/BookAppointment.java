package com.askpro.booking.application.booking;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.availability.Unavailability;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Use case: book an appointment for the caller. Everything the caller said is validated before
 * the first write, so a refused request changes nothing; a known customer's new name or e-mail is
 * stored only once the booking holds. A customer cannot hold two overlapping appointments: such a
 * wish is refused with the existing one, to move it instead. Then the wish is checked against the
 * calendar and {@link SlotBooking} stores it under the database's no-overlap guarantees; the losing
 * side of a race answers {@code TAKEN} with alternatives. Repeating the same request in the same
 * call — also concurrently — answers the same appointment.
 */
public final class BookAppointment {

    private final SlotSearch search;
    private final Services services;
    private final Customers customers;
    private final Appointments appointments;
    private final SlotBooking slots;
    private final ApplicationMetrics metrics;
    private final EarlierBookings earlier;

    public BookAppointment(
            SlotSearch search,
            Services services,
            Customers customers,
            Appointments appointments,
            SlotBooking slots,
            ApplicationMetrics metrics) {
        this.search = search;
        this.services = services;
        this.customers = customers;
        this.appointments = appointments;
        this.slots = slots;
        this.metrics = metrics;
        this.earlier = new EarlierBookings(customers, appointments);
    }

    /**
     * A booking wish: {@code date} and {@code time} local to the branch; {@code phone} as said (null:
     * the caller's number); {@code staff}, {@code email} and {@code notes} may be null.
     */
    public record Command(
            CallerContext caller,
            String service,
            String staff,
            LocalDate date,
            LocalTime time,
            String customerName,
            String phone,
            String email,
            String notes) {}

    /** What {@link #book} answers, besides a {@link ServiceRefusal} or {@link Busy}. */
    public sealed interface Outcome
            permits Outcome.Booked,
                    Outcome.NotBooked,
                    Outcome.AlreadyBooked,
                    Outcome.InvalidDetail,
                    Outcome.PhoneNeeded,
                    ServiceRefusal,
                    Busy {

        /** Booked (now, or already by this call). */
        record Booked(Appointment appointment, Target target) implements Outcome {}

        /** Not free at the wished time, for the policy's {@code reason}; {@code alternatives} nearest first. */
        record NotBooked(Target target, Instant wish, Unavailability reason, List<OfferedSlot> alternatives)
                implements Outcome {}

        /**
         * The customer already holds {@code existing} at an overlapping time (a customer cannot be at
         * two appointments at once); moving that one is the way forward. {@code service} and
         * {@code staff} are its names (null when unknown or none).
         */
        record AlreadyBooked(Appointment existing, String service, String staff) implements Outcome {}

        /** A detail about the customer is unusable ({@code field}: {@code customer_phone}, {@code name}, {@code email}, {@code notes}). */
        record InvalidDetail(String field) implements Outcome {}

        /** The caller's number is withheld and no phone number was given. */
        record PhoneNeeded() implements Outcome {}
    }

    public Outcome book(Command command) {
        CallerContext caller = command.caller();
        Outcome invalid = BookingDetails.invalid(command);
        if (invalid != null) {
            return invalid;
        }
        Resolution resolution = search.resolve(caller, command.service(), command.staff());
        if (resolution instanceof ServiceRefusal refusal) {
            return refusal;
        }
        Target target = (Target) resolution;
        Instant wish = SlotSearch.instant(caller, command.date(), command.time());
        Optional<Appointment> already = earlier.bookedByThisCall(caller, target, wish);
        if (already.isPresent()) {
            return new Outcome.Booked(already.get(), target);
        }
        Optional<Appointment> clash = earlier.overlapping(
                caller,
                BookingDetails.phone(command),
                TimeSlot.of(wish, target.service().duration()));
        if (clash.isPresent()) {
            return EarlierBookings.isTwin(caller, target, wish, clash.get())
                    ? new Outcome.Booked(clash.get(), target)
                    : alreadyBooked(caller, target, clash.get().id());
        }
        List<AvailableSlot> free = search.freeAt(caller, target, wish, null);
        if (free.isEmpty()) {
            return notBooked(caller, target, wish, search.unavailability(caller, target, wish));
        }
        Customer stored = customers.addOrGet(caller.tenant(), BookingDetails.registration(command));
        Transition<Customer> introduced = stored.introduce(command.customerName(), command.email());
        Customer customer = introduced.changed() ? introduced.state() : stored;
        if (introduced.changed()) {
            // before the booking is written: its confirmation goes to the address the caller just gave
            customers.update(caller.tenant(), customer);
        }
        SlotBooking.Result result =
                slots.book(caller, target, wish, free, customer, Appointment.validNotes(command.notes()));
        if (result instanceof SlotBooking.Result.Stored booked) {
            metrics.booking("booked");
            return new Outcome.Booked(booked.appointment(), target);
        }
        if (result instanceof SlotBooking.Result.ByThisCall twin) {
            return new Outcome.Booked(twin.appointment(), target);
        }
        if (result instanceof SlotBooking.Result.CustomerOverlap overlap) {
            Appointment existing =
                    appointments.find(caller.tenant(), overlap.existing()).orElseThrow();
            return EarlierBookings.isTwin(caller, target, wish, existing)
                    ? new Outcome.Booked(existing, target)
                    : alreadyBooked(caller, target, existing.id());
        }
        if (result instanceof SlotBooking.Result.Busy) {
            metrics.booking("busy");
            return new Busy.SystemBusy();
        }
        return notBooked(caller, target, wish, Unavailability.TAKEN);
    }

    private Outcome alreadyBooked(CallerContext caller, Target target, AppointmentId existingId) {
        metrics.booking("customer_already_booked");
        Appointment existing = appointments.find(caller.tenant(), existingId).orElseThrow();
        String service = services.find(caller.tenant(), existing.serviceId())
                .map(Service::name)
                .orElse(null);
        return new Outcome.AlreadyBooked(existing, service, target.staffName(existing.staffId()));
    }

    private Outcome notBooked(CallerContext caller, Target target, Instant wish, Unavailability reason) {
        metrics.booking(reason.code());
        return new Outcome.NotBooked(target, wish, reason, search.alternatives(caller, target, wish, null));
    }
}
