package com.askpro.booking.adapter.mcp;

import com.askpro.booking.application.booking.BookAppointment;
import com.askpro.booking.application.booking.BookOnce;
import com.askpro.booking.application.booking.Busy;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.CheckAvailability;
import com.askpro.booking.application.booking.LookupRefusal;
import com.askpro.booking.application.booking.OfferedSlot;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.application.booking.ServiceRefusal;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The booking use cases' outcomes as tool replies: the answer fields of SPEC §5.1 in
 * {@code structuredContent} (times ISO-8601 with the branch's offset) and a short English text.
 * An outcome that asks the agent to change its request (unknown service, which appointment, a
 * detail that is not usable) is a {@link ToolFailure}; "not free" is a regular answer.
 */
final class BookingReplies {

    private BookingReplies() {}

    static Tool.Reply availability(CallerContext caller, CheckAvailability.Outcome outcome) {
        if (outcome instanceof ServiceRefusal refusal) {
            throw refused(refusal);
        }
        if (outcome instanceof CheckAvailability.Outcome.Free free) {
            return new Tool.Reply(
                    answer(true, free.target().service(), null, slots(caller, free.slots()), List.of()),
                    TenantCatalog.iso(free.wish(), caller.zone()) + " is free for "
                            + free.target().service().name() + ".",
                    "available",
                    null);
        }
        if (outcome instanceof CheckAvailability.Outcome.NotFree notFree) {
            return new Tool.Reply(
                    answer(
                            false,
                            notFree.target().service(),
                            notFree.reason().code(),
                            List.of(),
                            slots(caller, notFree.alternatives())),
                    TenantCatalog.iso(notFree.wish(), caller.zone()) + " is not free ("
                            + notFree.reason().code() + ")." + offer(caller, notFree.alternatives()),
                    notFree.reason().code(),
                    null);
        }
        if (outcome instanceof CheckAvailability.Outcome.FreeOnDay day) {
            return new Tool.Reply(
                    answer(true, day.target().service(), null, slots(caller, day.slots()), List.of()),
                    day.slots().size() + " free start(s) on " + day.date() + " for "
                            + day.target().service().name() + ", from "
                            + local(caller, day.slots().get(0)) + ".",
                    "available",
                    null);
        }
        CheckAvailability.Outcome.NothingOnDay nothing = (CheckAvailability.Outcome.NothingOnDay) outcome;
        return new Tool.Reply(
                answer(
                        false,
                        nothing.target().service(),
                        "no_free_slots",
                        List.of(),
                        slots(caller, nothing.alternatives())),
                "Nothing is free on " + nothing.date() + "." + offer(caller, nothing.alternatives()),
                "no_free_slots",
                null);
    }

    static Tool.Reply booking(
            CallerContext caller, BookOnce.Outcome once, Map<Object, String> services, Map<Object, String> staff) {
        if (once instanceof BookOnce.Outcome.Repeated repeated) {
            Appointment a = repeated.appointment();
            return new Tool.Reply(
                    booked(caller, a, services.get(a.serviceId()), a.staffId() == null ? null : staff.get(a.staffId()))
                            .put("repeated", true)
                            .map(),
                    "Already booked under this idempotency_key: " + services.get(a.serviceId()) + " at "
                            + TenantCatalog.iso(a.slot().start(), a.zone()) + " (appointment " + a.id() + ").",
                    "repeated",
                    "appointment:" + a.id());
        }
        if (once instanceof BookOnce.Outcome.KeyReused) {
            throw ToolFailure.invalid(
                    "idempotency_key",
                    "was already used for a different booking request; use a new key for a new request");
        }
        if (once instanceof BookOnce.Outcome.InProgress) {
            throw new ToolFailure(
                    "in_progress",
                    "idempotency_key",
                    "the first request with this idempotency_key is still being "
                            + "served; repeat it in a moment to get its answer",
                    List.of());
        }
        if (once instanceof BookOnce.Outcome.InvalidKey) {
            throw ToolFailure.invalid("idempotency_key", "must be 1 to 200 characters");
        }
        BookAppointment.Outcome outcome = ((BookOnce.Outcome.Served) once).outcome();
        if (outcome instanceof BookAppointment.Outcome.Booked b) {
            Appointment a = b.appointment();
            String staffName = b.target().staffName(a.staffId());
            return new Tool.Reply(
                    booked(caller, a, b.target().service().name(), staffName).map(),
                    "Booked: "
                            + b.target().service().name() + " at "
                            + TenantCatalog.iso(a.slot().start(), caller.zone())
                            + (staffName == null ? "" : " with " + staffName) + " (appointment " + a.id() + ").",
                    "booked",
                    "appointment:" + a.id());
        }
        if (outcome instanceof BookAppointment.Outcome.NotBooked notBooked) {
            return new Tool.Reply(
                    Fields.of()
                            .put("booked", false)
                            .put("reason", notBooked.reason().code())
                            .put("service", notBooked.target().service().name())
                            .put("alternatives", slots(caller, notBooked.alternatives()))
                            .map(),
                    "Not booked: " + TenantCatalog.iso(notBooked.wish(), caller.zone()) + " is not free ("
                            + notBooked.reason().code() + ")." + offer(caller, notBooked.alternatives()),
                    notBooked.reason().code(),
                    null);
        }
        if (outcome instanceof BookAppointment.Outcome.AlreadyBooked already) {
            Appointment a = already.existing();
            return new Tool.Reply(
                    Fields.of()
                            .put("booked", false)
                            .put("reason", "customer_already_booked")
                            .put(
                                    "appointment",
                                    Fields.of()
                                            .put("appointment_id", a.id().toString())
                                            .put("service", already.service())
                                            .put(
                                                    "start",
                                                    TenantCatalog.iso(a.slot().start(), a.zone()))
                                            .put("staff", already.staff())
                                            .map())
                            .map(),
                    "Not booked: this customer already has an appointment at that time (" + a.id() + " at "
                            + TenantCatalog.iso(a.slot().start(), a.zone())
                            + "); move it with reschedule_appointment instead.",
                    "customer_already_booked",
                    "appointment:" + a.id());
        }
        if (outcome instanceof BookAppointment.Outcome.InvalidDetail invalid) {
            String field = switch (invalid.field()) {
                case "name" -> "customer_name";
                case "email" -> "customer_email";
                default -> invalid.field();
            };
            throw ToolFailure.invalid(field, "is not usable; check it and try again");
        }
        if (outcome instanceof BookAppointment.Outcome.PhoneNeeded) {
            throw ToolFailure.invalid("customer_phone", "is required");
        }
        if (outcome instanceof ServiceRefusal refusal) {
            throw refused(refusal);
        }
        throw busy((Busy) outcome);
    }

    static Tool.Reply rescheduling(CallerContext caller, RescheduleAppointment.Outcome outcome) {
        if (outcome instanceof RescheduleAppointment.Outcome.Moved moved) {
            Appointment a = moved.appointment();
            String staffName = moved.target().staffName(a.staffId());
            return new Tool.Reply(
                    Fields.of()
                            .put("rescheduled", true)
                            .put("appointment_id", a.id().toString())
                            .put(
                                    "previous_appointment_id",
                                    a.rescheduledFrom() == null
                                            ? null
                                            : a.rescheduledFrom().toString())
                            .put("service", moved.target().service().name())
                            .put("start", TenantCatalog.iso(a.slot().start(), a.zone()))
                            .put("end", TenantCatalog.iso(a.slot().end(), a.zone()))
                            .put("staff", staffName)
                            .map(),
                    "Moved to " + TenantCatalog.iso(a.slot().start(), a.zone()) + " (appointment " + a.id() + ").",
                    "rescheduled",
                    "appointment:" + a.id());
        }
        if (outcome instanceof RescheduleAppointment.Outcome.NotMoved notMoved) {
            return new Tool.Reply(
                    Fields.of()
                            .put("rescheduled", false)
                            .put("appointment_id", notMoved.current().id().toString())
                            .put("reason", notMoved.reason().code())
                            .put("alternatives", slots(caller, notMoved.alternatives()))
                            .map(),
                    "Not moved: " + TenantCatalog.iso(notMoved.wish(), caller.zone()) + " is not free ("
                            + notMoved.reason().code() + "); the appointment stays as it was."
                            + offer(caller, notMoved.alternatives()),
                    notMoved.reason().code(),
                    "appointment:" + notMoved.current().id());
        }
        if (outcome instanceof RescheduleAppointment.Outcome.ClashesWithOwn clash) {
            return new Tool.Reply(
                    Fields.of()
                            .put("rescheduled", false)
                            .put("appointment_id", clash.current().id().toString())
                            .put("reason", "customer_already_booked")
                            .put("other_appointment_id", clash.other().toString())
                            .map(),
                    "Not moved: the customer already has another appointment (" + clash.other() + ") at that time; the "
                            + "appointment stays as it was.",
                    "customer_already_booked",
                    "appointment:" + clash.current().id());
        }
        if (outcome instanceof RescheduleAppointment.Outcome.NotReschedulable not) {
            throw new ToolFailure(
                    "not_reschedulable",
                    "appointment_id",
                    "appointment " + not.current().id() + " can no longer be moved (cancelled, moved already, or past)",
                    List.of());
        }
        if (outcome instanceof LookupRefusal refusal) {
            throw lookup(caller, refusal);
        }
        throw busy((Busy) outcome);
    }

    static Tool.Reply cancelling(CallerContext caller, CancelAppointment.Outcome outcome) {
        if (outcome instanceof CancelAppointment.Outcome.Cancelled cancelled) {
            Appointment a = cancelled.appointment();
            return new Tool.Reply(
                    Fields.of()
                            .put("cancelled", true)
                            .put("appointment_id", a.id().toString())
                            .put("start", TenantCatalog.iso(a.slot().start(), a.zone()))
                            .map(),
                    "Cancelled: the appointment at "
                            + TenantCatalog.iso(a.slot().start(), a.zone()) + " (" + a.id() + ").",
                    "cancelled",
                    "appointment:" + a.id());
        }
        if (outcome instanceof CancelAppointment.Outcome.NotCancellable not) {
            throw new ToolFailure(
                    "not_cancellable",
                    "appointment_id",
                    "appointment " + not.appointment().id()
                            + " was moved; cancel the appointment it was moved to instead",
                    List.of());
        }
        if (outcome instanceof LookupRefusal refusal) {
            throw lookup(caller, refusal);
        }
        throw busy((Busy) outcome);
    }

    private static Fields booked(CallerContext caller, Appointment a, String service, String staff) {
        return Fields.of()
                .put("booked", true)
                .put("appointment_id", a.id().toString())
                .put("service", service)
                .put("start", TenantCatalog.iso(a.slot().start(), a.zone()))
                .put("end", TenantCatalog.iso(a.slot().end(), a.zone()))
                .put("staff", staff);
    }

    private static Map<String, Object> answer(
            boolean available,
            Service service,
            String reason,
            List<Map<String, Object>> slots,
            List<Map<String, Object>> alternatives) {
        return Fields.of()
                .put("available", available)
                .put("service", service.name())
                .put("reason", reason)
                .put("slots", slots)
                .put("alternatives", alternatives)
                .map();
    }

    private static List<Map<String, Object>> slots(CallerContext caller, List<OfferedSlot> slots) {
        return slots.stream()
                .map(s -> Fields.of()
                        .put("start", TenantCatalog.iso(s.slot().start(), caller.zone()))
                        .put("end", TenantCatalog.iso(s.slot().end(), caller.zone()))
                        .put("staff", s.staff())
                        .map())
                .toList();
    }

    private static String offer(CallerContext caller, List<OfferedSlot> alternatives) {
        return alternatives.isEmpty()
                ? " Nothing is free in the next seven days."
                : " Alternatives: "
                        + alternatives.stream().map(s -> local(caller, s)).collect(Collectors.joining(", ")) + ".";
    }

    private static String local(CallerContext caller, OfferedSlot slot) {
        return TenantCatalog.iso(slot.slot().start(), caller.zone())
                + (slot.staff() == null ? "" : " (" + slot.staff() + ")");
    }

    private static ToolFailure refused(ServiceRefusal refusal) {
        if (refusal instanceof ServiceRefusal.UnknownService unknown) {
            List<String> names = unknown.offered().stream().map(Service::name).toList();
            return ToolFailure.invalid(
                    "service", "matches nothing offered at this branch; offered: " + String.join(", ", names), names);
        }
        if (refusal instanceof ServiceRefusal.AmbiguousService ambiguous) {
            List<String> names =
                    ambiguous.candidates().stream().map(Service::name).toList();
            return ToolFailure.invalid("service", "is ambiguous; say which: " + String.join(", ", names), names);
        }
        ServiceRefusal.UnknownStaff staff = (ServiceRefusal.UnknownStaff) refusal;
        List<String> names = staff.capable().stream().map(Staff::name).toList();
        return ToolFailure.invalid(
                "staff",
                "'" + staff.asked() + "' does not perform this service here; who does: " + String.join(", ", names),
                names);
    }

    private static ToolFailure lookup(CallerContext caller, LookupRefusal refusal) {
        if (refusal instanceof LookupRefusal.WhichAppointment which) {
            List<String> options = which.candidates().stream()
                    .map(a -> a.id() + " " + TenantCatalog.iso(a.slot().start(), a.zone()))
                    .toList();
            return ToolFailure.invalid(
                    "appointment_id",
                    "is needed: the customer has " + options.size() + " upcoming appointments: "
                            + String.join(", ", options),
                    options);
        }
        if (refusal instanceof LookupRefusal.NoUpcomingAppointment) {
            return new ToolFailure(
                    "not_found",
                    "customer_phone",
                    "this customer has no upcoming appointment in this company",
                    List.of());
        }
        return new ToolFailure(
                "not_found",
                "appointment_id",
                "no such appointment for this customer in this company; " + "see find_appointments",
                List.of());
    }

    private static ToolFailure busy(Busy busy) {
        return new ToolFailure(
                "busy",
                null,
                busy instanceof Busy.ChangedMeanwhile
                        ? "the appointment was changed meanwhile; look it up again and retry"
                        : "the system is busy; try again in a moment",
                List.of());
    }
}
