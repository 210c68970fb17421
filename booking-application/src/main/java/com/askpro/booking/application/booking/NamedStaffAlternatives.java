package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.availability.AlternativeSlotFinder;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.port.CalendarProvider;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For {@link SlotSearch}: the alternatives when the caller named a staff member who is not free —
 * that person's own times first (up to {@link #OWN_ALTERNATIVES}), then the other capable staff's,
 * starting with whoever is free at the wished time itself, then the rest of the person's own times;
 * at most {@link AlternativeSlotFinder#DEFAULT_LIMIT}, one per start time among the others.
 */
final class NamedStaffAlternatives {

    /** How many of a named staff member's own alternatives come before the other staff's. */
    static final int OWN_ALTERNATIVES = 3;

    private final CalendarProvider calendar;
    private final AlternativeSlotFinder finder;

    NamedStaffAlternatives(CalendarProvider calendar, AlternativeSlotFinder finder) {
        this.calendar = calendar;
        this.finder = finder;
    }

    /** {@code own}: the named person's alternatives, nearest to {@code wish} first. */
    List<AvailableSlot> around(
            CallerContext caller, Target target, Instant wish, Appointment ignoring, List<AvailableSlot> own) {
        Set<StaffId> named = target.staff().stream().map(Staff::id).collect(Collectors.toSet());
        List<Staff> others = target.everyone().stream()
                .filter(s ->
                        !named.contains(s.id()) && s.performs(target.service().id()))
                .toList();
        List<AvailableSlot> result = new ArrayList<>(own.subList(0, Math.min(own.size(), OWN_ALTERNATIVES)));
        if (!others.isEmpty()) {
            CalendarProvider.SlotQuery otherQuery = new CalendarProvider.SlotQuery(
                    caller.company(),
                    caller.branch(),
                    target.service(),
                    others,
                    caller.today(),
                    caller.today(),
                    caller.now(),
                    ignoring);
            LocalDate wishDay = wish.atZone(caller.zone()).toLocalDate();
            List<AvailableSlot> candidates = new ArrayList<>(calendar.freeSlots(otherQuery.on(wishDay)).stream()
                    .filter(slot -> slot.slot().start().equals(wish))
                    .limit(1)
                    .toList());
            candidates.addAll(finder.alternatives(wish, caller.zone(), day -> calendar.freeSlots(otherQuery.on(day))));
            Set<Instant> starts = new HashSet<>();
            for (AvailableSlot candidate : candidates) {
                if (result.size() >= AlternativeSlotFinder.DEFAULT_LIMIT) {
                    break;
                }
                if (starts.add(candidate.slot().start())) {
                    result.add(candidate);
                }
            }
        }
        for (AvailableSlot slot : own.subList(Math.min(own.size(), OWN_ALTERNATIVES), own.size())) {
            if (result.size() < AlternativeSlotFinder.DEFAULT_LIMIT) {
                result.add(slot);
            }
        }
        return result;
    }
}
