package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.port.TimeSlotLocks;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.time.BookingResource;
import com.askpro.booking.domain.time.TimeSlotLock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores a new appointment in the first of the free candidates that can be had: a short lock on
 * (resource, start) keeps concurrent callers apart cheaply, and the database's no-overlap guarantees
 * (per resource, per customer) have the final word. An external calendar that already has the time taken undoes the booking.
 */
public final class SlotBooking {

    private static final Duration LOCK_TTL = Duration.ofSeconds(30);
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private static final Duration WAIT_STEP = Duration.ofMillis(50);

    private final Appointments appointments;
    private final TimeSlotLocks locks;
    private final AfterChange after;

    public SlotBooking(Appointments appointments, TimeSlotLocks locks, AfterChange after) {
        this.appointments = appointments;
        this.locks = locks;
        this.after = after;
    }

    /** How storing ended. */
    public sealed interface Result {
        record Stored(Appointment appointment) implements Result {}

        /** The same request of the same call, running concurrently, booked it first. */
        record ByThisCall(Appointment appointment) implements Result {}

        /** The customer holds {@code existing} at an overlapping time (the database said so). */
        record CustomerOverlap(AppointmentId existing) implements Result {}

        /** Every candidate was taken meanwhile (here or in the external calendar). */
        record Taken() implements Result {}

        /** The database could not get the booking lock in time; nothing was written. */
        record Busy() implements Result {}
    }

    /**
     * Books {@code wish} in the first candidate that can be had. The customer's own lock on the wished
     * start makes concurrent identical requests of one call wait for each other, so that the later
     * one finds the earlier one's appointment instead of booking another staff member.
     */
    public Result book(
            CallerContext caller,
            Target target,
            Instant wish,
            List<AvailableSlot> candidates,
            Customer customer,
            String notes) {
        TimeSlotLock own = TimeSlotLock.claim(BookingResource.customer(customer.id()), wish, caller.now(), LOCK_TTL);
        if (!acquireWaiting(caller, own)) {
            return new Result.Busy();
        }
        try {
            Optional<Appointment> twin = caller.call() == null
                    ? Optional.empty()
                    : appointments.bookedByCall(
                            caller.tenant(),
                            caller.call().id(),
                            target.service().id(),
                            wish);
            return twin.<Result>map(Result.ByThisCall::new)
                    .orElseGet(() -> store(caller, target, candidates, customer, notes));
        } finally {
            locks.release(caller.tenant(), own);
        }
    }

    private Result store(
            CallerContext caller, Target target, List<AvailableSlot> candidates, Customer customer, String notes) {
        for (AvailableSlot candidate : candidates) {
            BookingResource resource = candidate.staffId() == null
                    ? BookingResource.branch(caller.branch().id())
                    : BookingResource.staff(candidate.staffId());
            TimeSlotLock lock = TimeSlotLock.claim(resource, candidate.slot().start(), caller.now(), LOCK_TTL);
            if (!locks.tryAcquire(caller.tenant(), lock, caller.now()).isWritten()) {
                continue;
            }
            try {
                Appointment appointment = Appointment.book(
                        AppointmentId.newId(),
                        new Appointment.Request(
                                caller.company().id(),
                                caller.branch().id(),
                                target.service().id(),
                                candidate.staffId(),
                                customer.id(),
                                candidate.slot(),
                                target.service().buffer(),
                                caller.zone(),
                                caller.call() == null ? null : caller.call().id(),
                                notes),
                        after.externalCalendar(caller),
                        caller.now());
                WriteOutcome<Appointment> outcome = appointments.add(caller.tenant(), appointment);
                if (outcome instanceof WriteOutcome.Written<Appointment> written) {
                    return afterStored(caller, target, written.value(), customer);
                }
                if (outcome instanceof WriteOutcome.CustomerOverlap<Appointment> overlap) {
                    return new Result.CustomerOverlap(overlap.existing());
                }
                if (outcome instanceof WriteOutcome.Busy<Appointment>) {
                    return new Result.Busy();
                }
            } finally {
                locks.release(caller.tenant(), lock);
            }
        }
        return new Result.Taken();
    }

    /** Takes {@code lock}, waiting up to {@link #MAX_WAIT} while another request holds it. */
    private boolean acquireWaiting(CallerContext caller, TimeSlotLock lock) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (!locks.tryAcquire(caller.tenant(), lock, caller.now()).isWritten()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(WAIT_STEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private Result afterStored(CallerContext caller, Target target, Appointment appointment, Customer customer) {
        CalendarAnswer answer = after.pushBooked(caller, appointment, target.service(), customer);
        if (answer instanceof CalendarAnswer.SlotTaken) {
            Transition<Appointment> cancelled = appointment.cancel("taken in the external calendar", caller.now());
            if (cancelled.changed()) {
                appointments.update(caller.tenant(), cancelled.state());
            }
            return new Result.Taken();
        }
        after.booked(caller, appointment);
        return new Result.Stored(appointment);
    }
}
