package com.askpro.booking.adapter.retell.functions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Adapter internals: what a function answer means for the call's timeline — a stable outcome code,
 * the reason or error code, and the appointment it names. Only codes and ids, never the spoken text.
 */
record FunctionOutcome(String outcome, String reason, String appointmentId) {

    static FunctionOutcome of(FunctionAnswer answer) {
        if (answer instanceof FunctionAnswer.Error error) {
            return new FunctionOutcome("error", error.error(), null);
        }
        if (answer instanceof FunctionAnswer.Booking booking) {
            return booking.booked()
                    ? new FunctionOutcome("booked", null, booking.appointmentId())
                    : new FunctionOutcome(
                            "not_booked",
                            booking.reason(),
                            booking.existing() == null
                                    ? null
                                    : booking.existing().appointmentId());
        }
        if (answer instanceof FunctionAnswer.Rescheduling moved) {
            return new FunctionOutcome(
                    moved.rescheduled() ? "rescheduled" : "not_rescheduled", moved.reason(), moved.appointmentId());
        }
        if (answer instanceof FunctionAnswer.Cancellation cancellation) {
            return new FunctionOutcome(
                    cancellation.cancelled() ? "cancelled" : "not_cancelled", null, cancellation.appointmentId());
        }
        if (answer instanceof FunctionAnswer.Availability availability) {
            return new FunctionOutcome(
                    availability.available() ? "available" : "unavailable", availability.reason(), null);
        }
        if (answer instanceof FunctionAnswer.Appointments found) {
            return new FunctionOutcome(found.appointments().isEmpty() ? "none_found" : "found", null, null);
        }
        return new FunctionOutcome("answered", null, null);
    }

    /**
     * The wished local date and time ({@code date} and {@code time} arguments) as ISO text when both
     * are well-formed; anything else (absent, or words instead of a time) is left out, so no free
     * text the caller said is ever kept.
     */
    static String requested(Map<String, Object> args) {
        if (!(args.get("date") instanceof String date) || !(args.get("time") instanceof String time)) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip())
                    .atTime(LocalTime.parse(time.strip()))
                    .toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
