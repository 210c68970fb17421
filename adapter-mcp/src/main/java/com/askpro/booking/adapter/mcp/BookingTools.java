package com.askpro.booking.adapter.mcp;

import static com.askpro.booking.adapter.mcp.Schemas.object;
import static com.askpro.booking.adapter.mcp.Schemas.properties;
import static com.askpro.booking.adapter.mcp.Schemas.string;

import com.askpro.booking.application.admin.ActivityQueries;
import com.askpro.booking.application.booking.ActForTenant;
import com.askpro.booking.application.booking.BookAppointment;
import com.askpro.booking.application.booking.BookOnce;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.CheckAvailability;
import com.askpro.booking.application.booking.FindMyAppointments;
import com.askpro.booking.application.booking.ListServices;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The booking tools: the same use cases, with the same outcomes, as the voice agent's functions
 * (SPEC §5.1), with the MCP client in the caller's place. The tenant is the API key's; the branch
 * is named by {@code branch}; {@code customer_phone} stands for the number a phone call would
 * have supplied, so finding, moving and cancelling only ever reach that customer's appointments.
 */
final class BookingTools {

    private final TenantCatalog catalog;
    private final ActivityQueries activity;
    private final BookingUseCases useCases;

    /** The booking use cases the tools call (shared with the Retell functions). */
    record BookingUseCases(
            ActForTenant actForTenant,
            ListServices listServices,
            CheckAvailability checkAvailability,
            BookOnce bookOnce,
            FindMyAppointments findMyAppointments,
            RescheduleAppointment rescheduleAppointment,
            CancelAppointment cancelAppointment) {}

    BookingTools(TenantCatalog catalog, ActivityQueries activity, BookingUseCases useCases) {
        this.catalog = catalog;
        this.activity = activity;
        this.useCases = useCases;
    }

    List<Tool> tools() {
        Map<String, Object> phone =
                string("The customer's phone number, any common format (e.g. +49 151 23456789 or 0151 23456789)");
        return List.of(
                new Tool(
                        "list_services",
                        "List services",
                        "What can be booked at a branch: each service with its duration in minutes.",
                        object(properties("branch", Schemas.branch())),
                        false,
                        this::listServices),
                new Tool(
                        "check_availability",
                        "Check availability",
                        "Is a time free for a service, or what is free on a day. When the wished time is taken: up to 5 "
                                + "alternatives within 7 days, nearest first.",
                        object(
                                properties(
                                        "branch", Schemas.branch(),
                                        "service", string("The service, by name or keyword (see list_services)"),
                                        "date", Schemas.date("The day (default: today)"),
                                        "time", Schemas.time("The wished start; leave out for the whole day"),
                                        "staff",
                                                string(
                                                        "A staff member's name, if the customer wants someone in particular")),
                                "service"),
                        false,
                        this::checkAvailability),
                new Tool(
                        "book_appointment",
                        "Book an appointment",
                        "Books a service for a customer. Never double-books: when the time is taken the answer is booked=false "
                                + "with a reason and alternatives. Repeat a request with the same idempotency_key to be sure it is "
                                + "booked once.",
                        object(
                                properties(
                                        "branch", Schemas.branch(),
                                        "service", string("The service, by name or keyword"),
                                        "date", Schemas.date("The day"),
                                        "time", Schemas.time("The start"),
                                        "customer_name", string("The customer's name"),
                                        "customer_phone", phone,
                                        "customer_email", string("The customer's e-mail address (optional)"),
                                        "staff", string("A staff member's name (optional)"),
                                        "notes", string("Notes for the appointment (optional)"),
                                        "idempotency_key",
                                                string(
                                                        "Any unique text for this booking request (e.g. a UUID); repeating the "
                                                                + "request with the same key answers the same appointment instead of booking again")),
                                "service",
                                "date",
                                "time",
                                "customer_name",
                                "customer_phone"),
                        true,
                        this::book),
                new Tool(
                        "find_appointments",
                        "Find a customer's appointments",
                        "The upcoming appointments of the customer with this phone number, soonest first.",
                        object(properties("customer_phone", phone), "customer_phone"),
                        false,
                        this::find),
                new Tool(
                        "reschedule_appointment",
                        "Move an appointment",
                        "Moves one of the customer's upcoming appointments to a new day and time. Atomic: when the new time is "
                                + "taken, the appointment stays as it was and alternatives are answered.",
                        object(
                                properties(
                                        "customer_phone", phone,
                                        "appointment_id",
                                                string(
                                                        "Which appointment (see find_appointments); may be left out when the "
                                                                + "customer has exactly one upcoming"),
                                        "date", Schemas.date("The new day"),
                                        "time", Schemas.time("The new start")),
                                "customer_phone",
                                "date",
                                "time"),
                        true,
                        this::reschedule),
                new Tool(
                        "cancel_appointment",
                        "Cancel an appointment",
                        "Cancels one of the customer's appointments and frees its time. Cancelling it again is a no-op.",
                        object(
                                properties(
                                        "customer_phone", phone,
                                        "appointment_id",
                                                string(
                                                        "Which appointment; may be left out when the customer has exactly one upcoming"),
                                        "reason", string("Why (optional)")),
                                "customer_phone"),
                        true,
                        this::cancel));
    }

    private Tool.Reply listServices(Caller caller, ToolArguments args) {
        CallerContext context = act(caller, catalog.branch(caller, args.text("branch")), null);
        ListServices.Outcome.Offered offered =
                (ListServices.Outcome.Offered) useCases.listServices().list(new ListServices.Query(context));
        List<Map<String, Object>> items = offered.services().stream()
                .map(s -> Fields.of()
                        .put("service_id", s.id().toString())
                        .put("name", s.name())
                        .put("duration_minutes", s.duration().toMinutes())
                        .put("buffer_minutes", s.buffer().toMinutes())
                        .put(
                                "branch_id",
                                s.branchId() == null ? null : s.branchId().toString())
                        .map())
                .toList();
        String branch = context.branch().name();
        String text = items.isEmpty()
                ? "Nothing can be booked at " + branch + "."
                : branch + " offers "
                        + offered.services().stream()
                                .map(s -> s.name() + " (" + s.duration().toMinutes() + " min)")
                                .collect(Collectors.joining(", "))
                        + ".";
        return Tool.Reply.ok(
                Fields.of()
                        .put("branch_id", context.branch().id().toString())
                        .put("branch", branch)
                        .put("services", items)
                        .map(),
                text);
    }

    private Tool.Reply checkAvailability(Caller caller, ToolArguments args) {
        CallerContext context = act(caller, catalog.branch(caller, args.text("branch")), null);
        CheckAvailability.Outcome outcome = useCases.checkAvailability()
                .check(new CheckAvailability.Query(
                        context,
                        args.requiredText("service", "Haarschnitt"),
                        args.text("staff").orElse(null),
                        args.date("date").orElse(null),
                        args.time("time").orElse(null)));
        return BookingReplies.availability(context, outcome);
    }

    private Tool.Reply book(Caller caller, ToolArguments args) {
        CallerContext context = act(
                caller,
                catalog.branch(caller, args.text("branch")),
                args.requiredText("customer_phone", "+49 151 23456789"));
        BookAppointment.Command command = new BookAppointment.Command(
                context,
                args.requiredText("service", "Haarschnitt"),
                args.text("staff").orElse(null),
                args.requiredDate("date"),
                args.requiredTime("time"),
                args.requiredText("customer_name", "Erika Mustermann"),
                null,
                args.text("customer_email").orElse(null),
                args.text("notes").orElse(null));
        return BookingReplies.booking(
                context,
                useCases.bookOnce().book(command, args.text("idempotency_key").orElse(null)),
                serviceNames(caller),
                staffNames(caller));
    }

    private Tool.Reply find(Caller caller, ToolArguments args) {
        String phone = args.requiredText("customer_phone", "+49 151 23456789");
        if (catalog.branches(caller).stream().noneMatch(Branch::active)) {
            return Tool.Reply.ok(
                    Fields.of().put("appointments", List.of()).map(),
                    "No upcoming appointments for this phone number.");
        }
        CallerContext context = act(caller, catalog.anyBranch(caller), phone);
        FindMyAppointments.Outcome.Upcoming upcoming = (FindMyAppointments.Outcome.Upcoming)
                useCases.findMyAppointments().find(new FindMyAppointments.Query(context));
        List<Map<String, Object>> items = upcoming.appointments().stream()
                .map(item -> Fields.of()
                        .put("appointment_id", item.appointment().id().toString())
                        .put("service", item.service())
                        .put(
                                "start",
                                TenantCatalog.iso(
                                        item.appointment().slot().start(),
                                        item.appointment().zone()))
                        .put(
                                "end",
                                TenantCatalog.iso(
                                        item.appointment().slot().end(),
                                        item.appointment().zone()))
                        .put("staff", item.staff())
                        .put("status", item.appointment().status().name().toLowerCase(java.util.Locale.ROOT))
                        .put("branch_id", item.appointment().branchId().toString())
                        .map())
                .toList();
        String text = items.isEmpty()
                ? "No upcoming appointments for this phone number."
                : items.size() + " upcoming appointment(s): "
                        + upcoming.appointments().stream()
                                .map(i -> i.service() + " "
                                        + TenantCatalog.iso(
                                                i.appointment().slot().start(),
                                                i.appointment().zone()))
                                .collect(Collectors.joining(", "))
                        + ".";
        return Tool.Reply.ok(Fields.of().put("appointments", items).map(), text);
    }

    private Tool.Reply reschedule(Caller caller, ToolArguments args) {
        String phone = args.requiredText("customer_phone", "+49 151 23456789");
        Optional<String> id = args.text("appointment_id");
        CallerContext context = act(caller, branchOf(caller, id), phone);
        RescheduleAppointment.Outcome outcome = useCases.rescheduleAppointment()
                .reschedule(new RescheduleAppointment.Command(
                        context, id.orElse(null), args.requiredDate("date"), args.requiredTime("time")));
        return BookingReplies.rescheduling(context, outcome);
    }

    private Tool.Reply cancel(Caller caller, ToolArguments args) {
        String phone = args.requiredText("customer_phone", "+49 151 23456789");
        Optional<String> id = args.text("appointment_id");
        CallerContext context = act(caller, branchOf(caller, id), phone);
        CancelAppointment.Outcome outcome = useCases.cancelAppointment()
                .cancel(new CancelAppointment.Command(
                        context, id.orElse(null), args.text("reason").orElse(null)));
        return BookingReplies.cancelling(context, outcome);
    }

    /**
     * The branch an appointment belongs to (dates of a move are local to it); without an id, or for
     * an id the tenant does not have, any branch: the use case then answers which appointment or
     * that there is none.
     */
    private Branch branchOf(Caller caller, Optional<String> appointmentId) {
        if (appointmentId.isPresent()) {
            try {
                Appointment appointment = activity.appointment(caller.principal(), appointmentId.get());
                return catalog.branches(caller).stream()
                        .filter(b -> b.id().equals(appointment.branchId()))
                        .findFirst()
                        .orElseGet(() -> catalog.anyBranch(caller));
            } catch (RuntimeException e) {
                throw new ToolFailure(
                        "not_found",
                        "appointment_id",
                        "no appointment " + appointmentId.get()
                                + " for this customer in this company; see find_appointments",
                        List.of());
            }
        }
        return catalog.anyBranch(caller);
    }

    private CallerContext act(Caller caller, Branch branch, String customerPhone) {
        ActForTenant.Outcome outcome =
                useCases.actForTenant().act(new ActForTenant.Query(caller.principal(), branch.id(), customerPhone));
        if (outcome instanceof ActForTenant.Outcome.Acting acting) {
            return acting.caller();
        }
        if (outcome instanceof ActForTenant.Outcome.InvalidPhone invalid) {
            throw ToolFailure.invalid(
                    "customer_phone",
                    "is not a phone number (" + invalid.reason() + "); give it with country code, "
                            + "e.g. +49 151 23456789");
        }
        throw ToolFailure.invalid("branch", "names no active branch of this company; see list_branches");
    }

    private Map<Object, String> serviceNames(Caller caller) {
        return catalog.services(caller).stream().collect(Collectors.toMap(Service::id, Service::name, (a, b) -> a));
    }

    private Map<Object, String> staffNames(Caller caller) {
        return catalog.staff(caller).stream().collect(Collectors.toMap(s -> s.id(), s -> s.name(), (a, b) -> a));
    }
}
