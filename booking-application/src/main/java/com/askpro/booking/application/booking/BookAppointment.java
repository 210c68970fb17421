package com.askpro.booking.application.booking;

import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.speech.Speech;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.TimeSlotLocks;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.time.BookingResource;
import com.askpro.booking.domain.time.TimeSlotLock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Use case {@code book_appointment}. Checks the wish against the calendar, claims a short lock on
 * (resource, start), creates or recognises the customer by phone, and stores the appointment; the
 * database's no-overlap guarantee is the final word, so the losing side of a race answers
 * {@code slot_taken} with alternatives. Repeating the same request in the same call answers the
 * same appointment.
 */
public final class BookAppointment implements BookingFunction {

    private static final Duration LOCK_TTL = Duration.ofSeconds(30);

    private final SlotSearch search;
    private final Customers customers;
    private final Appointments appointments;
    private final TimeSlotLocks locks;
    private final CallRegistry calls;
    private final CalendarPush push;
    private final LiveUpdates liveUpdates;
    private final ApplicationMetrics metrics;

    public BookAppointment(SlotSearch search, Customers customers, Appointments appointments, TimeSlotLocks locks,
            CallRegistry calls, CalendarPush push, LiveUpdates liveUpdates, ApplicationMetrics metrics) {
        this.search = search;
        this.customers = customers;
        this.appointments = appointments;
        this.locks = locks;
        this.calls = calls;
        this.push = push;
        this.liveUpdates = liveUpdates;
        this.metrics = metrics;
    }

    /** Booked with id and times, or not booked with a reason and alternatives. */
    public record Answer(boolean booked, String appointmentId, String start, String end, String staff, String reason,
            List<FunctionAnswer.Slot> alternatives, String message) implements FunctionAnswer {
    }

    @Override
    public String name() {
        return "book_appointment";
    }

    @Override
    public FunctionAnswer execute(CallerContext caller, FunctionArgs args) {
        Speech speech = caller.speech();
        String spokenService = args.requiredText("service", speech.say("die gewünschte Leistung", "the service"));
        Instant wish = search.instant(caller, args.requiredDate("date"), args.requiredTime("time"));
        String name = args.requiredText("customer_name", speech.say("Ihr Name", "your name"));
        Optional<String> email = args.optionalText("customer_email");
        Optional<String> notes = args.optionalText("notes");
        PhoneNumber phone = phone(caller, args);
        SlotSearch.Resolution resolution = search.resolve(caller, spokenService, args.optionalText("staff").orElse(null));
        if (resolution.error() != null) {
            return resolution.error();
        }
        SlotSearch.Target target = resolution.target();
        if (caller.call() != null) {
            Optional<Appointment> already = appointments.bookedByCall(caller.tenant(), caller.call().id(), target.service().id(), wish);
            if (already.isPresent()) {
                return booked(caller, target, already.get());
            }
        }
        List<AvailableSlot> free = search.freeAt(caller, target, wish, null);
        if (free.isEmpty()) {
            return notBooked(caller, target, wish, search.reasonNotFree(caller, target, wish));
        }
        Customer customer = customer(caller, phone, name, email.orElse(null));
        for (AvailableSlot candidate : free) {
            BookingResource resource = candidate.staffId() == null
                    ? BookingResource.branch(caller.branch().id()) : BookingResource.staff(candidate.staffId());
            TimeSlotLock lock = TimeSlotLock.claim(resource, wish, caller.now(), LOCK_TTL);
            if (!locks.tryAcquire(caller.tenant(), lock, caller.now())) {
                continue;
            }
            try {
                Appointment appointment = Appointment.book(AppointmentId.newId(), new Appointment.Request(
                        caller.company().id(), caller.branch().id(), target.service().id(), candidate.staffId(), customer.id(),
                        candidate.slot(), target.service().buffer(), caller.branch().timeZone(),
                        caller.call() == null ? null : caller.call().id(), notes.orElse(null)),
                        push.isExternalFor(caller.company()), caller.now());
                WriteOutcome<Appointment> outcome = appointments.add(caller.tenant(), appointment);
                if (outcome instanceof WriteOutcome.Written<Appointment> written) {
                    return afterBooking(caller, target, written.value(), customer, wish);
                }
                if (outcome instanceof WriteOutcome.Busy<Appointment>) {
                    metrics.booking("busy");
                    return new FunctionAnswer.Error("busy", speech.say("Einen Moment bitte, das System ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.",
                            "One moment please, the system is busy. Please try again in a moment."));
                }
            } finally {
                locks.release(caller.tenant(), lock);
            }
        }
        return notBooked(caller, target, wish, "slot_taken");
    }

    private FunctionAnswer afterBooking(CallerContext caller, SlotSearch.Target target, Appointment appointment,
            Customer customer, Instant wish) {
        CalendarAnswer answer = push.created(caller.company(), appointment, target.service(), customer, caller.now());
        if (answer instanceof CalendarAnswer.SlotTaken) {
            Transition<Appointment> cancelled = appointment.cancel("taken in the external calendar", caller.now());
            if (cancelled.changed()) {
                appointments.update(caller.tenant(), cancelled.state());
            }
            return notBooked(caller, target, wish, "slot_taken");
        }
        if (caller.call() != null) {
            calls.update(caller.tenant(), caller.call(), call -> CallRegistry.stateAfter(call,
                    call.recordAppointment(appointment.id(), caller.now())));
        }
        liveUpdates.publish(new LiveUpdates.Update(caller.tenant(), LiveUpdates.Kind.APPOINTMENT, appointment.id().value(), caller.now()));
        metrics.booking("booked");
        return booked(caller, target, appointment);
    }

    private Answer booked(CallerContext caller, SlotSearch.Target target, Appointment appointment) {
        String staff = target.staffName(appointment.staffId());
        String when = caller.spoken(appointment.slot().start());
        String with = staff == null ? "" : caller.speech().say(" bei " + staff, " with " + staff);
        return new Answer(true, appointment.id().toString(), caller.iso(appointment.slot().start()),
                caller.iso(appointment.slot().end()), staff, null, null,
                caller.speech().say("Ihr Termin für " + target.service().name() + " am " + when + with + " ist gebucht.",
                        "Your " + target.service().name() + " appointment on " + when + with + " is booked."));
    }

    private Answer notBooked(CallerContext caller, SlotSearch.Target target, Instant wish, String reason) {
        metrics.booking(reason);
        List<AvailableSlot> alternatives = search.alternatives(caller, target, wish, null);
        return new Answer(false, null, null, null, null, reason, SlotSearch.slots(caller, target, alternatives),
                SlotSearch.explain(caller.speech(), reason) + " " + SlotSearch.offer(caller, alternatives));
    }

    private PhoneNumber phone(CallerContext caller, FunctionArgs args) {
        Optional<String> given = args.optionalText("customer_phone");
        if (given.isPresent()) {
            try {
                return PhoneNumber.parse(given.get(), caller.company().country());
            } catch (InvalidValueException e) {
                throw new InvalidArgumentException("customer_phone", e.getMessage(), caller.speech().say(
                        "Die Telefonnummer habe ich nicht verstanden. Können Sie sie bitte wiederholen?",
                        "I did not get the phone number. Could you repeat it, please?"));
            }
        }
        return caller.callerNumber().orElseThrow(() -> new InvalidArgumentException("customer_phone",
                "is required when the caller's number is withheld",
                caller.speech().say("Unter welcher Telefonnummer sind Sie erreichbar?", "Which phone number can we reach you at?")));
    }

    private Customer customer(CallerContext caller, PhoneNumber phone, String name, String email) {
        Customer fresh;
        try {
            fresh = Customer.register(CustomerId.newId(), caller.company().id(), phone, name, email, caller.now());
        } catch (InvalidValueException e) {
            throw new InvalidArgumentException(e.field(), e.getMessage(), caller.speech().say(
                    "Die Angabe " + e.field() + " habe ich nicht verstanden.", "I did not get the " + e.field() + "."));
        }
        Customer stored = customers.addOrGet(caller.tenant(), fresh);
        Transition<Customer> introduced = stored.introduce(name, email);
        return introduced.changed() ? customers.update(caller.tenant(), introduced.state()).orElse(stored) : stored;
    }
}
