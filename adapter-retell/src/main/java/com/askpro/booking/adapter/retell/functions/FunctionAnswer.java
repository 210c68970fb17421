package com.askpro.booking.adapter.retell.functions;

import java.util.List;

/**
 * The reply JSON of a function call (SPEC §5.1): a record serialised as compact JSON, always with
 * a {@code message} the agent can speak. Field names become snake_case; null fields are left out.
 */
public interface FunctionAnswer {

    String message();

    /** The call could not be served as asked: {@code error} is a stable code, {@code options} what to pick from. */
    record Error(String error, String message, List<String> options) implements FunctionAnswer {
        public Error {
            options = options == null ? null : List.copyOf(options);
        }

        public Error(String error, String message) {
            this(error, message, null);
        }
    }

    /** A time as answered to the agent: ISO-8601 with the branch's offset, and the staff member. */
    record Slot(String start, String end, String staff) {}

    /** {@code list_services}: each service with its duration. */
    record Services(List<Service> services, String message) implements FunctionAnswer {}

    record Service(String name, long durationMinutes) {}

    /** {@code check_availability}; {@code reason} only when the wished time is not free. */
    record Availability(
            boolean available, String service, String reason, List<Slot> slots, List<Slot> alternatives, String message)
            implements FunctionAnswer {}

    /**
     * {@code check_availability} on a company's hotline before a branch is chosen: the free times of up
     * to three branches, nearest to the wish first.
     */
    record AvailabilityAcrossBranches(boolean available, String service, List<BranchSlots> branches, String message)
            implements FunctionAnswer {}

    /** One branch's free times; {@code address} may be null. */
    record BranchSlots(String branch, String address, List<Slot> slots) {}

    /**
     * {@code book_appointment}: booked with id and times, or not booked with a reason and
     * alternatives; {@code existing} is the caller's own appointment that is in the way.
     */
    record Booking(
            boolean booked,
            String appointmentId,
            String start,
            String end,
            String staff,
            String reason,
            List<Slot> alternatives,
            Item existing,
            String message)
            implements FunctionAnswer {}

    /** {@code find_my_appointments}, soonest first. */
    record Appointments(List<Item> appointments, String message) implements FunctionAnswer {}

    /** One appointment of the caller. */
    record Item(String appointmentId, String service, String start, String staff) {}

    /** {@code reschedule_appointment}: moved (the new appointment), or not, with a reason and alternatives. */
    record Rescheduling(
            boolean rescheduled,
            String appointmentId,
            String start,
            String end,
            String staff,
            String reason,
            List<Slot> alternatives,
            String message)
            implements FunctionAnswer {}

    /** {@code cancel_appointment}: whether the appointment is (now) cancelled. */
    record Cancellation(boolean cancelled, String appointmentId, String message) implements FunctionAnswer {}
}
