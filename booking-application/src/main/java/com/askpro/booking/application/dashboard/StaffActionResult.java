package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.booking.OfferedSlot;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.shared.Transition;
import java.util.List;

/** How a staff action in the dashboard's calendar ended. */
public sealed interface StaffActionResult {

    /** Done (or already so); {@code appointment} is its current state (after a move: the new one). */
    record Done(Appointment appointment) implements StaffActionResult {}

    /** A rule forbids it ({@code code}, e.g. {@code taken}, {@code not_started}); {@code alternatives} for a taken time. */
    record Refused(String code, String message, List<OfferedSlot> alternatives) implements StaffActionResult {
        public Refused {
            alternatives = List.copyOf(alternatives);
        }

        /** The appointment's rule that refused {@code transition}, or {@code fallback} when it was not refused. */
        static Refused by(Transition<?> transition, String fallback) {
            if (transition instanceof Transition.Refused<?> refused) {
                return new Refused(refused.rule(), refused.message(), List.of());
            }
            return new Refused(fallback, "not possible for this appointment", List.of());
        }

        static Refused customerAlreadyBooked() {
            return new Refused(
                    "customer_already_booked", "the customer already has an appointment at that time", List.of());
        }

        static Refused busy() {
            return new Refused("busy", "the calendar is busy; please try again", List.of());
        }
    }

    /** A detail is unusable: {@code field} ({@code service}, {@code staff}, {@code customer_phone}, {@code name} …). */
    record Invalid(String field) implements StaffActionResult {}

    /** No such appointment or branch in this tenant. */
    record NotFound() implements StaffActionResult {}
}
