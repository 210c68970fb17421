package com.askpro.booking.domain.availability;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.BookingPolicy;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.time.BookingResource;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Domain service: the built-in calendar's free slots for one service on one local date.
 *
 * <p>A slot is offered on a resource — each active staff member of the branch who performs the
 * service, or the branch itself when it has no staff at all — when it lies completely inside the
 * branch's working hours (intersected with the staff member's own hours), the branch is not closed
 * that day, it starts at least the policy's minimum notice after {@code now} and within the booking
 * window, and the slot plus the service buffer overlaps no time held by an existing appointment on
 * that resource. A slot lasts the staff member's own duration for the service when their skill sets one
 * ({@link Staff#durationFor}), otherwise the service's; the buffer is the service's. Hours are local
 * to the branch's zone; slot starts step through each opening
 * interval on the policy's grid in real (UTC) time, so DST change days yield exactly the hours that
 * exist on the wall clock.
 */
public final class AvailabilityCalculator {

    /** Everything the calculation looks at; {@code existing} may hold any appointments of the branch. */
    public record Request(
            Branch branch,
            BookingPolicy policy,
            Service service,
            List<Staff> staff,
            List<Appointment> existing,
            LocalDate date,
            Instant now) {
        public Request {
            Require.notNull("branch", branch);
            Require.notNull("policy", policy);
            Require.notNull("service", service);
            staff = List.copyOf(Require.notNull("staff", staff));
            existing = List.copyOf(Require.notNull("existing", existing));
            Require.notNull("date", date);
            Require.notNull("now", now);
        }
    }

    /** The free slots, ordered by start then staff. */
    public List<AvailableSlot> freeSlots(Request request) {
        Branch branch = request.branch();
        if (!branch.isOpenOn(request.date()) || !request.service().isOfferedAt(branch.id()) || !withinWindow(request)) {
            return List.of();
        }
        List<AvailableSlot> result = new ArrayList<>();
        List<Staff> branchStaff = request.staff().stream()
                .filter(s -> s.active() && s.branchId().equals(branch.id()))
                .toList();
        if (branchStaff.isEmpty()) {
            addSlots(
                    request,
                    BookingResource.branch(branch.id()),
                    null,
                    request.service().duration(),
                    branch.openingOn(request.date()),
                    result);
        } else {
            for (Staff person : branchStaff) {
                if (person.performs(request.service().id())) {
                    addSlots(
                            request,
                            BookingResource.staff(person.id()),
                            person,
                            person.durationFor(request.service()),
                            branch.workingTimeOn(request.date(), person),
                            result);
                }
            }
        }
        result.sort(null);
        return List.copyOf(result);
    }

    private static boolean withinWindow(Request request) {
        LocalDate today = request.now().atZone(request.branch().timeZone()).toLocalDate();
        return !request.date().isBefore(today)
                && !request.date().isAfter(today.plusDays(request.policy().bookingWindowDays()));
    }

    private static void addSlots(
            Request request,
            BookingResource resource,
            Staff person,
            Duration duration,
            List<OpeningInterval> intervals,
            List<AvailableSlot> out) {
        ZoneId zone = request.branch().timeZone();
        Instant earliest = request.now().plus(request.policy().minimumNotice());
        List<TimeSlot> busy = request.existing().stream()
                .filter(a -> a.holdsTime() && a.resource().equals(resource))
                .map(Appointment::blockedTime)
                .toList();
        for (OpeningInterval interval : intervals) {
            Instant open =
                    ZonedDateTime.of(request.date(), interval.from(), zone).toInstant();
            Instant close =
                    ZonedDateTime.of(request.date(), interval.to(), zone).toInstant();
            for (Instant start = open;
                    !start.plus(duration).isAfter(close);
                    start = start.plus(request.policy().slotStep())) {
                if (start.isBefore(earliest)) {
                    continue;
                }
                TimeSlot slot = TimeSlot.of(start, duration);
                TimeSlot blocked = slot.extendedBy(request.service().buffer());
                if (busy.stream().noneMatch(blocked::overlaps)) {
                    out.add(new AvailableSlot(slot, person == null ? null : person.id()));
                }
            }
        }
    }
}
