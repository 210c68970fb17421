package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.LookupRefusal;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.util.UUID;

/**
 * Use case: staff cancel an appointment in the dashboard's calendar, through the phone's
 * {@link CancelAppointment} with the customer in the caller's place. A repeated cancel changes
 * nothing and is not recorded.
 */
public final class StaffCancelsAppointment {

    private final StaffCallerContexts callers;
    private final CancelAppointment cancel;
    private final StaffActionTrail trail;
    private final Clock clock;

    public StaffCancelsAppointment(
            StaffCallerContexts callers, CancelAppointment cancel, StaffActionTrail trail, Clock clock) {
        this.callers = callers;
        this.cancel = cancel;
        this.trail = trail;
        this.clock = clock;
    }

    /** Cancels with the reason staff gave (null: none). */
    public StaffActionResult cancel(TenantContext tenant, String actor, UUID id, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return callers.withCustomer(tenant, id, (current, caller) -> {
            CancelAppointment.Outcome outcome = cancel.cancel(new CancelAppointment.Command(
                    caller, current.id().toString(), why == null ? "cancelled by staff" : why));
            if (outcome instanceof CancelAppointment.Outcome.Cancelled cancelled) {
                boolean already = current.status() == cancelled.appointment().status();
                return already
                        ? new StaffActionResult.Done(cancelled.appointment())
                        : trail.done(tenant, actor, "cancel", why, cancelled.appointment());
            }
            if (outcome instanceof CancelAppointment.Outcome.NotCancellable) {
                return StaffActionResult.Refused.by(current.cancel(why, clock.instant()), "not_cancellable");
            }
            if (outcome instanceof LookupRefusal) {
                return new StaffActionResult.NotFound();
            }
            return StaffActionResult.Refused.busy();
        });
    }
}
