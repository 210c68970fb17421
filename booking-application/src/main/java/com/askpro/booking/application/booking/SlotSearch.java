package com.askpro.booking.application.booking;

import com.askpro.booking.application.speech.Speech;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.availability.AlternativeSlotFinder;
import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.availability.ServiceSelection;
import com.askpro.booking.domain.availability.ServiceSelector;
import com.askpro.booking.domain.port.CalendarProvider;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

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

    public SlotSearch(Services services, StaffMembers staffMembers, CalendarProvider calendar) {
        this.services = services;
        this.staffMembers = staffMembers;
        this.calendar = calendar;
    }

    /**
     * A resolved request: the service, the staff to consider (the whole branch, or the one asked
     * for; the calendar keeps only those who perform the service) and everyone, for names.
     */
    public record Target(Service service, List<Staff> staff, List<Staff> everyone) {

        public String staffName(StaffId id) {
            return id == null ? null : everyone.stream().filter(s -> s.id().equals(id)).map(Staff::name).findFirst().orElse(null);
        }
    }

    /** Either a target or the error answer to give instead. */
    public record Resolution(Target target, FunctionAnswer.Error error) {
    }

    public Resolution resolve(CallerContext caller, String spokenService, String spokenStaff) {
        Speech speech = caller.speech();
        List<Service> offered = services.offeredAt(caller.tenant(), caller.branch().id());
        ServiceSelection selection = selector.select(spokenService, caller.branch().id(), offered);
        if (selection instanceof ServiceSelection.NotFound notFound) {
            List<String> names = notFound.offered().stream().map(Service::name).toList();
            return new Resolution(null, new FunctionAnswer.Error("unknown_service",
                    speech.say("Das bieten wir leider nicht an. Möglich sind: ", "We do not offer that. You can book: ")
                            + speech.list(names) + ".", names));
        }
        if (selection instanceof ServiceSelection.Ambiguous ambiguous) {
            List<String> names = ambiguous.candidates().stream().map(Service::name).toList();
            return new Resolution(null, new FunctionAnswer.Error("ambiguous_service",
                    speech.say("Meinen Sie ", "Do you mean ") + String.join(speech.say(" oder ", " or "), names) + "?", names));
        }
        Service service = ((ServiceSelection.Selected) selection).service();
        List<Staff> everyone = staffMembers.atBranch(caller.tenant(), caller.branch().id());
        List<Staff> capable = everyone.stream().filter(s -> s.performs(service.id())).toList();
        if (spokenStaff == null || spokenStaff.isBlank()) {
            return new Resolution(new Target(service, everyone, everyone), null);
        }
        String wanted = ServiceSelector.normalize(spokenStaff);
        List<Staff> named = capable.stream().filter(s -> ServiceSelector.normalize(s.name()).equals(wanted)
                || ServiceSelector.normalize(s.name()).startsWith(wanted + " ")).toList();
        if (named.isEmpty()) {
            List<String> names = capable.stream().map(Staff::name).toList();
            return new Resolution(null, new FunctionAnswer.Error("unknown_staff",
                    speech.say(spokenStaff + " kann das leider nicht machen. Möglich sind: ",
                            spokenStaff + " cannot do that. You can choose: ") + speech.list(names) + ".", names));
        }
        return new Resolution(new Target(service, named, everyone), null);
    }

    /** Free slots of {@code date}; {@code ignoring} is an appointment being moved (may be null). */
    public List<AvailableSlot> freeOn(CallerContext caller, Target target, LocalDate date, Appointment ignoring) {
        return calendar.freeSlots(query(caller, target, ignoring).on(date));
    }

    /** The free slots starting exactly at {@code wish}, best first. */
    public List<AvailableSlot> freeAt(CallerContext caller, Target target, Instant wish, Appointment ignoring) {
        LocalDate date = wish.atZone(caller.branch().timeZone()).toLocalDate();
        return freeOn(caller, target, date, ignoring).stream().filter(s -> s.slot().start().equals(wish)).toList();
    }

    public List<AvailableSlot> alternatives(CallerContext caller, Target target, Instant wish, Appointment ignoring) {
        CalendarProvider.SlotQuery query = query(caller, target, ignoring);
        return alternativeFinder.alternatives(wish, caller.branch().timeZone(), day -> calendar.freeSlots(query.on(day)));
    }

    /** Why {@code wish} cannot be booked when it is not free: a stable reason code. */
    public String reasonNotFree(CallerContext caller, Target target, Instant wish) {
        if (!wish.isAfter(caller.now())) {
            return "in_past";
        }
        if (wish.isBefore(caller.now().plus(caller.company().bookingPolicy().minimumNotice()))) {
            return "too_soon";
        }
        ZonedDateTime local = wish.atZone(caller.branch().timeZone());
        LocalDate today = caller.now().atZone(caller.branch().timeZone()).toLocalDate();
        if (local.toLocalDate().isAfter(today.plusDays(caller.company().bookingPolicy().bookingWindowDays()))) {
            return "beyond_window";
        }
        TimeSlot wanted = TimeSlot.of(wish, target.service().duration());
        boolean withinHours = caller.branch().isOpenOn(local.toLocalDate()) && caller.branch().workingHours()
                .on(local.getDayOfWeek()).stream().anyMatch(interval -> encloses(caller, local.toLocalDate(), interval, wanted));
        return withinHours ? "slot_taken" : "outside_hours";
    }

    /** The spoken explanation for a reason code. */
    public static String explain(Speech speech, String reason) {
        return switch (reason) {
            case "in_past" -> speech.say("Dieser Zeitpunkt liegt in der Vergangenheit.", "That time is in the past.");
            case "too_soon" -> speech.say("So kurzfristig können wir leider keinen Termin vergeben.", "That is too short notice.");
            case "beyond_window" -> speech.say("So weit im Voraus können wir noch nicht buchen.", "We cannot book that far ahead yet.");
            case "outside_hours" -> speech.say("Zu dieser Zeit haben wir geschlossen.", "We are closed at that time.");
            default -> speech.say("Dieser Termin ist leider schon vergeben.", "That time is already taken.");
        };
    }

    /** "Ich kann Ihnen ... anbieten." for up to five alternatives, or that nothing is free. */
    public static String offer(CallerContext caller, List<AvailableSlot> alternatives) {
        Speech speech = caller.speech();
        if (alternatives.isEmpty()) {
            return speech.say("In den nächsten sieben Tagen ist leider nichts frei.", "Nothing is free in the next seven days.");
        }
        List<String> times = alternatives.stream().map(a -> caller.spoken(a.slot().start())).toList();
        return speech.say("Ich kann Ihnen " + speech.list(times) + " anbieten.", "I can offer " + speech.list(times) + ".");
    }

    public static List<FunctionAnswer.Slot> slots(CallerContext caller, Target target, List<AvailableSlot> free) {
        return free.stream()
                .map(s -> new FunctionAnswer.Slot(caller.iso(s.slot().start()), caller.iso(s.slot().end()), target.staffName(s.staffId())))
                .toList();
    }

    /** One slot per start time (the first staff member), in order. */
    public static List<AvailableSlot> distinctStarts(List<AvailableSlot> free) {
        return free.stream().filter(new java.util.function.Predicate<AvailableSlot>() {
            private final java.util.Set<Instant> seen = new java.util.HashSet<>();

            @Override
            public boolean test(AvailableSlot slot) {
                return seen.add(slot.slot().start());
            }
        }).toList();
    }

    public Instant instant(CallerContext caller, LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, caller.branch().timeZone()).toInstant();
    }

    private CalendarProvider.SlotQuery query(CallerContext caller, Target target, Appointment ignoring) {
        LocalDate today = caller.now().atZone(caller.branch().timeZone()).toLocalDate();
        return new CalendarProvider.SlotQuery(caller.company(), caller.branch(), target.service(), target.staff(), today,
                today, caller.now(), ignoring);
    }

    private static boolean encloses(CallerContext caller, LocalDate date, OpeningInterval interval, TimeSlot wanted) {
        TimeSlot open = new TimeSlot(ZonedDateTime.of(date, interval.from(), caller.branch().timeZone()).toInstant(),
                ZonedDateTime.of(date, interval.to(), caller.branch().timeZone()).toInstant());
        return open.encloses(wanted);
    }
}
