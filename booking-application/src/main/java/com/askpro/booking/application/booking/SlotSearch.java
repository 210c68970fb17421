package com.askpro.booking.application.booking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.availability.AlternativeSlotFinder;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.availability.ServiceSelection;
import com.askpro.booking.domain.availability.ServiceSelector;
import com.askpro.booking.domain.availability.Unavailability;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.CalendarProvider;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What check, book and reschedule share: resolving the spoken service and staff member, the free
 * slots of a day from the company's calendar, judging a wished time, and finding alternatives.
 */
public final class SlotSearch {

    private final Services services;
    private final StaffMembers staffMembers;
    private final CalendarProvider calendar;
    private final ServiceSelector selector = new ServiceSelector();
    private final AlternativeSlotFinder alternativeFinder = new AlternativeSlotFinder();
    private final AssignmentOrder assignmentOrder;
    private final NamedStaffAlternatives namedAlternatives;

    public SlotSearch(
            Services services, StaffMembers staffMembers, CalendarProvider calendar, Appointments appointments) {
        this.services = services;
        this.staffMembers = staffMembers;
        this.calendar = calendar;
        this.assignmentOrder = new AssignmentOrder(appointments);
        this.namedAlternatives = new NamedStaffAlternatives(calendar, alternativeFinder);
    }

    /** The service and staff member as named by the caller ({@code spokenStaff} may be null). */
    public Resolution resolve(CallerContext caller, String spokenService, String spokenStaff) {
        List<Service> offered =
                services.offeredAt(caller.tenant(), caller.branch().id());
        ServiceSelection selection =
                selector.select(spokenService, caller.branch().id(), offered);
        if (selection instanceof ServiceSelection.NotFound notFound) {
            return new ServiceRefusal.UnknownService(notFound.offered());
        }
        if (selection instanceof ServiceSelection.Ambiguous ambiguous) {
            return new ServiceRefusal.AmbiguousService(ambiguous.candidates());
        }
        Service service = ((ServiceSelection.Selected) selection).service();
        List<Staff> everyone =
                staffMembers.atBranch(caller.tenant(), caller.branch().id());
        if (spokenStaff == null || spokenStaff.isBlank()) {
            return new Target(service, everyone, everyone);
        }
        List<Staff> capable =
                everyone.stream().filter(s -> s.performs(service.id())).toList();
        String wanted = ServiceSelector.normalize(spokenStaff);
        List<Staff> named = capable.stream()
                .filter(s -> ServiceSelector.normalize(s.name()).equals(wanted)
                        || ServiceSelector.normalize(s.name()).startsWith(wanted + " "))
                .toList();
        if (named.isEmpty()) {
            return new ServiceRefusal.UnknownStaff(spokenStaff, capable);
        }
        return new Target(service, named, everyone);
    }

    /**
     * Free slots of {@code date}, in the order to offer and try them: by start, and among the staff free
     * at one start by the branch's assignment policy when the caller named nobody ({@link AssignmentOrder}).
     * {@code ignoring} is an appointment being moved (may be null).
     */
    public List<AvailableSlot> freeOn(CallerContext caller, Target target, LocalDate date, Appointment ignoring) {
        return assignmentOrder.order(
                caller,
                target,
                date,
                calendar.freeSlots(query(caller, target, ignoring).on(date)));
    }

    /** The free slots starting exactly at {@code wish}, best first. */
    public List<AvailableSlot> freeAt(CallerContext caller, Target target, Instant wish, Appointment ignoring) {
        LocalDate date = wish.atZone(caller.zone()).toLocalDate();
        return freeOn(caller, target, date, ignoring).stream()
                .filter(s -> s.slot().start().equals(wish))
                .toList();
    }

    /**
     * Up to five free times within seven days, nearest to {@code wish} first. When the caller named a
     * staff member, that person's own times come first (up to three), then the other staff's, starting
     * with whoever is free at the wished time itself ({@link NamedStaffAlternatives}).
     */
    public List<OfferedSlot> alternatives(CallerContext caller, Target target, Instant wish, Appointment ignoring) {
        CalendarProvider.SlotQuery query = query(caller, target, ignoring);
        List<AvailableSlot> own =
                alternativeFinder.alternatives(wish, caller.zone(), day -> calendar.freeSlots(query.on(day)));
        if (!target.named()) {
            return offered(target, own);
        }
        return offered(target, namedAlternatives.around(caller, target, wish, ignoring, own));
    }

    /** Why {@code wish} cannot be booked when nothing is free at it (the company's policy decides). */
    public Unavailability unavailability(CallerContext caller, Target target, Instant wish) {
        return Unavailability.of(
                caller.company().bookingPolicy(),
                caller.branch(),
                target.service().duration(),
                wish,
                caller.now());
    }

    /** Free slots as offered to the caller, with staff names. */
    public static List<OfferedSlot> offered(Target target, List<AvailableSlot> free) {
        return free.stream()
                .map(s -> new OfferedSlot(s.slot(), target.staffName(s.staffId())))
                .toList();
    }

    /** One slot per start time (the first staff member), in order. */
    public static List<AvailableSlot> distinctStarts(List<AvailableSlot> free) {
        Set<Instant> seen = new HashSet<>();
        return free.stream().filter(slot -> seen.add(slot.slot().start())).toList();
    }

    /** The instant of a local date and time at the branch. */
    public static Instant instant(CallerContext caller, LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, caller.zone()).toInstant();
    }

    private CalendarProvider.SlotQuery query(CallerContext caller, Target target, Appointment ignoring) {
        LocalDate today = caller.today();
        return new CalendarProvider.SlotQuery(
                caller.company(),
                caller.branch(),
                target.service(),
                target.staff(),
                today,
                today,
                caller.now(),
                ignoring);
    }
}
