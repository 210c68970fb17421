package com.askpro.booking.adapter.mcp;

import static com.askpro.booking.adapter.mcp.Schemas.object;
import static com.askpro.booking.adapter.mcp.Schemas.properties;
import static com.askpro.booking.adapter.mcp.Schemas.string;

import com.askpro.booking.application.admin.ActivityQueries;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The read-only tools: branches, calls (with transcript) and appointments of the
 * caller's tenant, through the same tenant queries the admin API uses. Every role may call them.
 */
final class ReadTools {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final TenantCatalog catalog;
    private final ActivityQueries activity;

    ReadTools(TenantCatalog catalog, ActivityQueries activity) {
        this.catalog = catalog;
        this.activity = activity;
    }

    List<Tool> tools() {
        return List.of(
                new Tool(
                        "list_branches",
                        "List branches",
                        "The company's branches with id, time zone, weekly working hours and closed days.",
                        object(properties()),
                        false,
                        (caller, args) -> listBranches(caller)),
                new Tool(
                        "list_calls",
                        "List calls",
                        "Recent phone calls, newest first; filter by local day, by UTC time range, status or branch.",
                        object(properties(
                                "date", Schemas.date("Only calls of this day"),
                                "from",
                                        string(
                                                "Only calls created at or after this instant, ISO-8601 UTC, e.g. 2026-12-01T08:00:00Z"),
                                "to", string("Only calls created before this instant, ISO-8601 UTC"),
                                "status",
                                        Map.of(
                                                "type",
                                                "string",
                                                "enum",
                                                List.of("registered", "started", "ended", "analyzed")),
                                "branch", Schemas.branch(),
                                "limit", Schemas.limit(),
                                "cursor", Schemas.cursor())),
                        false,
                        this::listCalls),
                new Tool(
                        "get_call",
                        "Get a call",
                        "One call with everything known about it, including the transcript and summary.",
                        object(properties("call_id", string("The call's id (see list_calls)")), "call_id"),
                        false,
                        this::getCall),
                new Tool(
                        "list_appointments",
                        "List appointments",
                        "Appointments by start time in a date range (local to the branch), optionally of one branch, staff member or status.",
                        object(properties(
                                "from_date", Schemas.date("First day, inclusive (default: today)"),
                                "to_date", Schemas.date("Last day, inclusive (default: from_date + 6 days)"),
                                "branch", Schemas.branch(),
                                "staff", string("Staff member's id or name"),
                                "status",
                                        Map.of(
                                                "type",
                                                "string",
                                                "enum",
                                                List.of("booked", "confirmed", "cancelled", "rescheduled")),
                                "limit", Schemas.limit(),
                                "cursor", Schemas.cursor())),
                        false,
                        this::listAppointments));
    }

    private Tool.Reply listBranches(Caller caller) {
        List<Branch> branches = catalog.branches(caller);
        List<Map<String, Object>> items =
                branches.stream().map(ReadTools::branch).toList();
        return Tool.Reply.ok(
                Fields.of().put("branches", items).map(),
                branches.isEmpty()
                        ? "No branches yet."
                        : branches.size() + " branch(es): "
                                + branches.stream().map(Branch::name).collect(Collectors.joining(", ")) + ".");
    }

    private Tool.Reply listCalls(Caller caller, ToolArguments args) {
        Optional<Branch> branch = args.text("branch").map(b -> catalog.branch(caller, Optional.of(b)));
        Page<Call> page = activity.calls(
                caller.principal(),
                new ActivityQueries.Filter(
                        args.date("date").map(LocalDate::toString).orElse(null),
                        args.text("from").orElse(null),
                        args.text("to").orElse(null),
                        args.text("status").orElse(null),
                        branch.map(b -> b.id().toString()).orElse(null)),
                page(args));
        Map<String, ZoneId> zones = zones(caller);
        List<Map<String, Object>> items =
                page.items().stream().map(c -> call(c, zones, false)).toList();
        return Tool.Reply.ok(
                Fields.of()
                        .put("calls", items)
                        .put("next_cursor", page.nextCursor())
                        .map(),
                items.size() + " call(s)" + (page.nextCursor() == null ? "." : "; more with next_cursor."));
    }

    private Tool.Reply getCall(Caller caller, ToolArguments args) {
        String id = args.requiredText("call_id", "3f2a…");
        Call call = activity.call(caller.principal(), id);
        Map<String, Object> fields = call(call, zones(caller), true);
        String summary = call.facts().summary();
        return Tool.Reply.ok(
                fields,
                "Call " + call.id() + " (" + call.status().name().toLowerCase(Locale.ROOT) + ")"
                        + (summary == null ? "." : ": " + summary));
    }

    private Tool.Reply listAppointments(Caller caller, ToolArguments args) {
        Optional<Branch> branch = args.text("branch").isPresent()
                ? Optional.of(catalog.branch(caller, args.text("branch")))
                : Optional.empty();
        ZoneId zone = branch.map(Branch::timeZone).orElseGet(() -> commonZone(caller));
        LocalDate from = args.date("from_date").orElse(caller.now().atZone(zone).toLocalDate());
        LocalDate to = args.date("to_date").orElse(from.plusDays(6));
        if (to.isBefore(from)) {
            throw ToolFailure.invalid("to_date", "must not be before from_date (" + from + ")");
        }
        if (to.isAfter(from.plusDays(366))) {
            throw ToolFailure.invalid("to_date", "must be at most 366 days after from_date");
        }
        Optional<Staff> staff = args.text("staff").map(s -> catalog.staffMember(caller, s));
        Page<Appointment> page = activity.appointments(
                caller.principal(),
                new ActivityQueries.Filter(
                        null,
                        from.atStartOfDay(zone).toInstant().toString(),
                        to.plusDays(1).atStartOfDay(zone).toInstant().toString(),
                        args.text("status").orElse(null),
                        branch.map(b -> b.id().toString()).orElse(null)),
                page(args));
        Map<Object, String> serviceNames =
                catalog.services(caller).stream().collect(Collectors.toMap(Service::id, Service::name, (a, b) -> a));
        Map<Object, String> staffNames =
                catalog.staff(caller).stream().collect(Collectors.toMap(Staff::id, Staff::name, (a, b) -> a));
        List<Map<String, Object>> items = page.items().stream()
                .filter(a -> staff.isEmpty() || staff.get().id().equals(a.staffId()))
                .map(a -> appointment(a, serviceNames, staffNames))
                .toList();
        return Tool.Reply.ok(
                Fields.of()
                        .put("from_date", from.toString())
                        .put("to_date", to.toString())
                        .put("appointments", items)
                        .put("next_cursor", page.nextCursor())
                        .map(),
                items.size() + " appointment(s) from " + from + " to " + to
                        + (page.nextCursor() == null ? "." : "; more with next_cursor."));
    }

    /** An appointment as the tools answer it: times in its branch's zone with offset. */
    static Map<String, Object> appointment(
            Appointment a, Map<Object, String> serviceNames, Map<Object, String> staffNames) {
        return Fields.of()
                .put("appointment_id", a.id().toString())
                .put("status", a.status().name().toLowerCase(Locale.ROOT))
                .put("service", serviceNames.get(a.serviceId()))
                .put("service_id", a.serviceId().toString())
                .put("staff", a.staffId() == null ? null : staffNames.get(a.staffId()))
                .put("staff_id", a.staffId() == null ? null : a.staffId().toString())
                .put("branch_id", a.branchId().toString())
                .put("start", TenantCatalog.iso(a.slot().start(), a.zone()))
                .put("end", TenantCatalog.iso(a.slot().end(), a.zone()))
                .put("customer_id", a.customerId().toString())
                .put(
                        "source_call_id",
                        a.sourceCallId() == null ? null : a.sourceCallId().toString())
                .put("sync_status", a.syncStatus().name().toLowerCase(Locale.ROOT))
                .map();
    }

    private static Map<String, Object> call(Call c, Map<String, ZoneId> zones, boolean detail) {
        ZoneId zone = zones.getOrDefault(c.branchId().toString(), ZoneId.of("UTC"));
        CallFacts f = c.facts();
        Fields fields = Fields.of()
                .put("call_id", c.id().toString())
                .put("retell_call_id", c.agentCallId())
                .put("status", c.status().name().toLowerCase(Locale.ROOT))
                .put("direction", c.direction().name().toLowerCase(Locale.ROOT))
                .put("from_number", c.from() == null ? null : c.from().e164())
                .put(
                        "to_number",
                        Optional.ofNullable(c.to()).map(PhoneNumber::e164).orElse(null))
                .put("branch_id", c.branchId().toString())
                .put("started_at", TenantCatalog.iso(f.startedAt(), zone))
                .put("ended_at", TenantCatalog.iso(f.endedAt(), zone))
                .put("duration_ms", f.durationMs())
                .put("disconnection_reason", f.disconnectionReason())
                .put("summary", f.summary())
                .put("sentiment", f.sentiment())
                .put("successful", f.successful())
                .put(
                        "appointment_ids",
                        c.appointmentIds().stream()
                                .map(Object::toString)
                                .sorted()
                                .toList())
                .put("created_at", TenantCatalog.iso(c.createdAt(), zone));
        if (detail) {
            fields.put("transcript", f.transcript());
        }
        return fields.map();
    }

    /** A branch with its hours as {@code {"mon": [["09:00","18:00"]], ...}}. */
    static Map<String, Object> branch(Branch b) {
        Map<String, Object> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningInterval> intervals = b.workingHours().on(day);
            hours.put(
                    DAYS.get(day.ordinal()),
                    intervals.stream()
                            .map(i -> List.of(i.from().toString(), i.to().toString()))
                            .toList());
        }
        return Fields.of()
                .put("branch_id", b.id().toString())
                .put("name", b.name())
                .put("address", b.address())
                .put("time_zone", b.timeZone().getId())
                .put("working_hours", hours)
                .put(
                        "closed_days",
                        b.closedDays().stream()
                                .sorted()
                                .map(LocalDate::toString)
                                .toList())
                .put("active", b.active())
                .map();
    }

    private Map<String, ZoneId> zones(Caller caller) {
        return catalog.branches(caller).stream()
                .collect(Collectors.toMap(b -> b.id().toString(), Branch::timeZone, (a, b) -> a));
    }

    /** The zone all branches share; with branches in different zones, the agent must name a branch. */
    private ZoneId commonZone(Caller caller) {
        Set<ZoneId> zones =
                catalog.branches(caller).stream().map(Branch::timeZone).collect(Collectors.toSet());
        if (zones.size() > 1) {
            throw ToolFailure.invalid(
                    "branch", "is required: the branches are in different time zones, so dates need a branch");
        }
        return zones.stream().findFirst().orElse(ZoneId.of("UTC"));
    }

    private static PageRequest page(ToolArguments args) {
        return new PageRequest(
                args.integer("limit", 1, 100, 20), args.text("cursor").orElse(null));
    }
}
