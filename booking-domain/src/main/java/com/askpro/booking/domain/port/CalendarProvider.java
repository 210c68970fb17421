package com.askpro.booking.domain.port;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Outbound port: the calendar a company books into. The built-in calendar computes availability
 * from working hours and stored appointments; an external one (Cal.com) is asked over its API.
 */
public interface CalendarProvider {

    /** Free slots for {@code service} at {@code branch} on the local dates {@code [from, to]}. */
    List<AvailableSlot> freeSlots(SlotQuery query);

    /** Pushes a new booking; the answer carries the external booking uid. */
    CalendarAnswer create(Company company, Appointment appointment, Service service, Customer customer);

    /**
     * Pushes a new booking that an earlier attempt may already have made (its outcome was unknown:
     * a timeout, a reset connection, a 5xx, a crash). A calendar without idempotency keys must look
     * for that booking first and adopt it instead of booking twice. By default the same as
     * {@link #create}, which suits calendars whose create is idempotent.
     */
    default CalendarAnswer createAgain(Company company, Appointment appointment, Service service, Customer customer) {
        return create(company, appointment, service, customer);
    }

    /** Pushes a move of {@code previous} to {@code replacement}; answers the new external uid. */
    CalendarAnswer reschedule(Company company, Appointment previous, Appointment replacement);

    CalendarAnswer cancel(Company company, Appointment appointment, String reason);

    /**
     * What to look up: a service, the staff who could do it (empty = on the branch), a date range.
     * {@code ignoring} (nullable) is an appointment whose own time counts as free, for rescheduling it.
     */
    record SlotQuery(
            Company company,
            Branch branch,
            Service service,
            List<Staff> staff,
            LocalDate from,
            LocalDate to,
            Instant now,
            Appointment ignoring) {
        public SlotQuery {
            staff = List.copyOf(staff);
        }

        public SlotQuery(
                Company company,
                Branch branch,
                Service service,
                List<Staff> staff,
                LocalDate from,
                LocalDate to,
                Instant now) {
            this(company, branch, service, staff, from, to, now, null);
        }

        /** The same query for other dates. */
        public SlotQuery on(LocalDate day) {
            return new SlotQuery(company, branch, service, staff, day, day, now, ignoring);
        }
    }

    /** How an external calendar answered a write. */
    sealed interface CalendarAnswer {
        /** Accepted; {@code externalUid} identifies the booking there (null for the built-in calendar). */
        record Accepted(String externalUid) implements CalendarAnswer {}

        /** The calendar already has a booking at that time. */
        record SlotTaken() implements CalendarAnswer {}

        /** Refused for good (bad data, wrong credentials): retrying will not help. */
        record Rejected(String message) implements CalendarAnswer {}

        /** Not reachable now (timeout, 5xx, rate limit, open circuit): retry after {@code retryAfter}. */
        record Unavailable(String message, Duration retryAfter) implements CalendarAnswer {}
    }
}
