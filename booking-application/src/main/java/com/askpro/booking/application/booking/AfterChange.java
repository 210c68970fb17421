package com.askpro.booking.application.booking;

import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.tenant.Service;

/**
 * What follows every stored booking change, in one place: the company's calendar is brought
 * along ({@link CalendarPush}), the call remembers the appointment, open dashboards are told.
 */
public final class AfterChange {

    private final CalendarPush push;
    private final CallRegistry calls;
    private final LiveUpdates liveUpdates;

    public AfterChange(CalendarPush push, CallRegistry calls, LiveUpdates liveUpdates) {
        this.push = push;
        this.calls = calls;
        this.liveUpdates = liveUpdates;
    }

    /** Whether new appointments of this caller's company start pending an external calendar. */
    public boolean externalCalendar(CallerContext caller) {
        return push.isExternalFor(caller.company());
    }

    /** Pushes a new booking; answers the calendar's verdict. The caller records it only when it holds. */
    public CalendarAnswer pushBooked(
            CallerContext caller, Appointment appointment, Service service, Customer customer) {
        return push.created(caller.company(), appointment, service, customer, caller.now());
    }

    public void booked(CallerContext caller, Appointment appointment) {
        recordOnCall(caller, appointment);
        publish(caller, appointment);
    }

    public void rescheduled(CallerContext caller, Appointment previous, Appointment replacement) {
        push.rescheduled(caller.company(), previous, replacement, caller.now());
        recordOnCall(caller, replacement);
        publish(caller, previous);
        publish(caller, replacement);
    }

    public void cancelled(CallerContext caller, Appointment appointment, String reason) {
        push.cancelled(caller.company(), appointment, reason, caller.now());
        recordOnCall(caller, appointment);
        publish(caller, appointment);
    }

    private void recordOnCall(CallerContext caller, Appointment appointment) {
        if (caller.call() != null) {
            calls.update(
                    caller.tenant(),
                    caller.call(),
                    call -> CallRegistry.stateAfter(call, call.recordAppointment(appointment.id(), caller.now())));
        }
    }

    private void publish(CallerContext caller, Appointment appointment) {
        liveUpdates.publish(new LiveUpdates.Update(
                caller.tenant(), LiveUpdates.Kind.APPOINTMENT, appointment.id().value(), caller.now()));
    }
}
