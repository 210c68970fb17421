package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.availability.StaffAssignment;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.tenant.AssignmentPolicy;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For {@link SlotSearch}: a day's free slots in the branch's assignment order when the caller named
 * nobody ({@link StaffAssignment}: {@code earliest}, {@code balanced}, {@code best_skill}), with the
 * minutes each staff member already holds that local day.
 */
final class AssignmentOrder {

    private final Appointments appointments;
    private final StaffAssignment assignment = new StaffAssignment();

    AssignmentOrder(Appointments appointments) {
        this.appointments = appointments;
    }

    /** {@code free} in the branch's assignment order when nobody was named; unchanged otherwise. */
    List<AvailableSlot> order(CallerContext caller, Target target, LocalDate date, List<AvailableSlot> free) {
        AssignmentPolicy policy = caller.branch().assignment();
        if (target.named() || policy == AssignmentPolicy.EARLIEST || free.size() < 2) {
            return free;
        }
        ZoneId zone = caller.zone();
        TimeSlot day = new TimeSlot(
                date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
        Map<StaffId, Duration> booked = new HashMap<>();
        for (Appointment appointment :
                appointments.holdingTime(caller.tenant(), caller.branch().id(), day)) {
            if (appointment.staffId() != null) {
                booked.merge(appointment.staffId(), appointment.slot().duration(), Duration::plus);
            }
        }
        return assignment.order(policy, target.service().id(), free, target.everyone(), booked);
    }
}
