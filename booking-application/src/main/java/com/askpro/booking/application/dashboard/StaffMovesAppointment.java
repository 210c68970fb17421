package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.booking.LookupRefusal;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Use case: staff move an appointment in the dashboard's calendar, through the phone's
 * {@link RescheduleAppointment} with the customer in the caller's place. Both the old and the new
 * appointment get the move in their trail; a move to the time it already has changes nothing.
 */
public final class StaffMovesAppointment {

    private final StaffCallerContexts callers;
    private final RescheduleAppointment reschedule;
    private final StaffActionTrail trail;
    private final Clock clock;

    public StaffMovesAppointment(
            StaffCallerContexts callers, RescheduleAppointment reschedule, StaffActionTrail trail, Clock clock) {
        this.callers = callers;
        this.reschedule = reschedule;
        this.trail = trail;
        this.clock = clock;
    }

    /** Moves the appointment to {@code date} {@code time} at its branch (the same staff member first). */
    public StaffActionResult move(TenantContext tenant, String actor, UUID id, LocalDate date, LocalTime time) {
        return callers.withCustomer(tenant, id, (current, caller) -> {
            RescheduleAppointment.Outcome outcome = reschedule.reschedule(
                    new RescheduleAppointment.Command(caller, current.id().toString(), date, time));
            if (outcome instanceof RescheduleAppointment.Outcome.Moved moved) {
                if (moved.appointment().id().equals(current.id())) {
                    return new StaffActionResult.Done(
                            current); // already at that time: nothing changed, nothing to record
                }
                trail.record(
                        tenant,
                        current.id(),
                        "move",
                        actor,
                        "moved to " + moved.appointment().id());
                return trail.done(tenant, actor, "move", "moved from " + current.id(), moved.appointment());
            }
            if (outcome instanceof RescheduleAppointment.Outcome.NotMoved not) {
                return new StaffActionResult.Refused(not.reason().code(), "not free at that time", not.alternatives());
            }
            if (outcome instanceof RescheduleAppointment.Outcome.ClashesWithOwn) {
                return StaffActionResult.Refused.customerAlreadyBooked();
            }
            if (outcome instanceof RescheduleAppointment.Outcome.NotReschedulable || outcome instanceof LookupRefusal) {
                return StaffActionResult.Refused.by(
                        current.rescheduleTo(
                                AppointmentId.newId(),
                                current.slot().movedTo(current.slot().start().plusSeconds(60)),
                                current.staffId(),
                                clock.instant()),
                        "not_movable");
            }
            return StaffActionResult.Refused.busy();
        });
    }
}
