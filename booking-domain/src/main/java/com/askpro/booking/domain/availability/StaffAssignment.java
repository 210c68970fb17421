package com.askpro.booking.domain.availability;

import com.askpro.booking.domain.tenant.AssignmentPolicy;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Domain service: in which order free slots are tried (and offered) when the caller named nobody:
 * earlier starts always first; among the staff members free at one start, the branch's
 * {@link AssignmentPolicy} decides:
 *
 * <ul>
 *   <li>{@code EARLIEST}: the calendar's order — earlier start, then earlier end, then the staff
 *       member's id (what the product always did);</li>
 *   <li>{@code BALANCED}: fewest booked minutes on that local day first;</li>
 *   <li>{@code BEST_SKILL}: highest skill level for the service first, then fewest booked minutes.</li>
 * </ul>
 *
 * Every remaining tie falls back to the calendar's order, so the same data always gives the same
 * choice. Slots on the branch itself (no staff) keep their place.
 */
public final class StaffAssignment {

    /**
     * {@code candidates} in the order to try them.
     *
     * @param staff the staff members the candidates name (others count as level 0)
     * @param bookedMinutes minutes each staff member already has booked that day (missing: none)
     */
    public List<AvailableSlot> order(
            AssignmentPolicy policy,
            ServiceId service,
            List<AvailableSlot> candidates,
            List<Staff> staff,
            Map<StaffId, Duration> bookedMinutes) {
        Comparator<AvailableSlot> calendar = Comparator.naturalOrder();
        Comparator<AvailableSlot> balanced = Comparator.comparing((AvailableSlot slot) ->
                slot.staffId() == null ? Duration.ZERO : bookedMinutes.getOrDefault(slot.staffId(), Duration.ZERO));
        Comparator<AvailableSlot> skilled =
                Comparator.comparing((AvailableSlot slot) -> -level(slot.staffId(), service, staff));
        Comparator<AvailableSlot> byStart =
                Comparator.comparing((AvailableSlot slot) -> slot.slot().start());
        Comparator<AvailableSlot> order = switch (policy) {
            case EARLIEST -> calendar;
            case BALANCED -> byStart.thenComparing(balanced).thenComparing(calendar);
            case BEST_SKILL ->
                byStart.thenComparing(skilled).thenComparing(balanced).thenComparing(calendar);
        };
        return candidates.stream().sorted(order).toList();
    }

    private static int level(StaffId id, ServiceId service, List<Staff> staff) {
        if (id == null) {
            return 0;
        }
        return staff.stream()
                .filter(s -> Objects.equals(s.id(), id))
                .findFirst()
                .map(s -> s.levelFor(service))
                .orElse(0);
    }
}
