package com.askpro.booking.application.dashboard;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Query: a branch's calendar for one day or a week — one column per staff member with the time
 * they can be booked (the branch's opening hours within their own, {@link Branch#workingTimeOn},
 * the same rule the availability uses) and the appointments holding time in it; and one
 * appointment with the trail of what staff did to it. Read in the signed-in tenant's context only:
 * another tenant's branch or appointment answers as if it did not exist.
 */
public final class DashboardCalendar {

    /** Longest range shown at once. */
    public static final int MAX_DAYS = 7;

    private final Branches branches;
    private final Services services;
    private final StaffMembers staff;
    private final Customers customers;
    private final Appointments appointments;
    private final AppointmentActions actions;
    private final Clock clock;

    public DashboardCalendar(
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            Appointments appointments,
            AppointmentActions actions,
            Clock clock) {
        this.branches = branches;
        this.services = services;
        this.staff = staff;
        this.customers = customers;
        this.appointments = appointments;
        this.actions = actions;
        this.clock = clock;
    }

    public record Ref(String id, String name) {}

    /** A bookable service of the branch, for the booking form. */
    public record Offered(String id, String name, long minutes) {}

    /** Local times of day, {@code HH:mm}. */
    public record Interval(String from, String to) {
        static Interval of(OpeningInterval interval) {
            return new Interval(interval.from().toString(), interval.to().toString());
        }
    }

    /**
     * One appointment as a block: {@code attendance} {@code arrived}/{@code no_show} or null;
     * {@code reason} what the external calendar answered when {@code needsAttention}, else the
     * status reason (e.g. of a cancellation).
     */
    public record Block(
            String id,
            Instant start,
            Instant end,
            String staffId,
            String staff,
            String service,
            String customer,
            String status,
            String attendance,
            String sync,
            boolean needsAttention,
            String reason) {}

    /** One staff member's column ({@code staffId} null: appointments booked without staff). */
    public record Column(String staffId, String name, List<Interval> working, List<Block> appointments) {}

    public record Day(String date, List<Interval> opening, List<Column> columns) {}

    public record Calendar(
            Ref branch,
            List<Ref> branches,
            List<Offered> services,
            String timeZone,
            String today,
            Instant now,
            List<Day> days) {}

    /** One staff action in an appointment's trail. */
    public record Action(String action, String actor, String details, Instant at) {}

    public record Detail(Block appointment, Ref branch, List<Action> actions) {}

    /**
     * {@code days} days (1 to {@value #MAX_DAYS}) from {@code from} (null: today at the branch) at
     * {@code branchId} (null: the tenant's first active branch). Empty when there is no such branch.
     */
    public Optional<Calendar> of(TenantContext tenant, UUID branchId, LocalDate from, int days) {
        List<Branch> all = branches.list(tenant).stream()
                .filter(Branch::active)
                .sorted(Comparator.comparing(Branch::name))
                .toList();
        Optional<Branch> chosen = branchId == null
                ? all.stream().findFirst()
                : all.stream().filter(b -> b.id().value().equals(branchId)).findFirst();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Branch branch = chosen.get();
        ZoneId zone = branch.timeZone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = from == null ? today : from;
        int count = Math.max(1, Math.min(MAX_DAYS, days));
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = first.plusDays(count).atStartOfDay(zone).toInstant();

        List<Staff> people = staff.atBranch(tenant, branch.id());
        Map<UUID, String> serviceNames = new HashMap<>();
        services.list(tenant).forEach(s -> serviceNames.put(s.id().value(), s.name()));
        Map<UUID, String> staffNames = new HashMap<>();
        staff.list(tenant).forEach(s -> staffNames.put(s.id().value(), s.name()));
        List<Appointment> held = holding(tenant, branch.id(), start, end);

        List<Day> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = first.plusDays(i);
            Instant dayStart = date.atStartOfDay(zone).toInstant();
            Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
            List<Appointment> onDay = held.stream()
                    .filter(a ->
                            a.slot().start().isBefore(dayEnd) && a.slot().end().isAfter(dayStart))
                    .toList();
            Map<String, Column> columns = new LinkedHashMap<>();
            for (Staff person : people) {
                if (person.active()) {
                    columns.put(
                            person.id().value().toString(),
                            new Column(
                                    person.id().value().toString(),
                                    person.name(),
                                    branch.workingTimeOn(date, person).stream()
                                            .map(Interval::of)
                                            .toList(),
                                    new ArrayList<>()));
                }
            }
            for (Appointment a : onDay) {
                String key = a.staffId() == null ? "" : a.staffId().value().toString();
                columns.computeIfAbsent(
                                key,
                                k -> new Column(
                                        a.staffId() == null ? null : k,
                                        a.staffId() == null
                                                ? null
                                                : staffNames.get(a.staffId().value()),
                                        a.staffId() == null
                                                ? branch.openingOn(date).stream()
                                                        .map(Interval::of)
                                                        .toList()
                                                : List.of(),
                                        new ArrayList<>()))
                        .appointments()
                        .add(block(tenant, a, serviceNames, staffNames));
            }
            if (columns.isEmpty()) {
                columns.put(
                        "",
                        new Column(
                                null,
                                null,
                                branch.openingOn(date).stream()
                                        .map(Interval::of)
                                        .toList(),
                                List.of()));
            }
            result.add(new Day(
                    date.toString(),
                    branch.openingOn(date).stream().map(Interval::of).toList(),
                    columns.values().stream()
                            .map(c -> new Column(c.staffId(), c.name(), c.working(), List.copyOf(c.appointments())))
                            .toList()));
        }
        List<Offered> offered = services.offeredAt(tenant, branch.id()).stream()
                .sorted(Comparator.comparing(Service::name))
                .map(s -> new Offered(
                        s.id().value().toString(), s.name(), s.duration().toMinutes()))
                .toList();
        return Optional.of(new Calendar(
                ref(branch),
                all.stream().map(DashboardCalendar::ref).toList(),
                offered,
                zone.getId(),
                today.toString(),
                now,
                result));
    }

    /** One of the tenant's appointments with what staff did to it, oldest first. */
    public Optional<Detail> appointment(TenantContext tenant, UUID id) {
        AppointmentId appointmentId = new AppointmentId(id);
        return appointments.find(tenant, appointmentId).map(a -> {
            Map<UUID, String> serviceNames = new HashMap<>();
            services.find(tenant, a.serviceId()).ifPresent(s -> serviceNames.put(s.id().value(), s.name()));
            Map<UUID, String> staffNames = new HashMap<>();
            a.staff().flatMap(s -> staff.find(tenant, s)).ifPresent(s -> staffNames.put(s.id().value(), s.name()));
            Ref branch = branches.find(tenant, a.branchId())
                    .map(DashboardCalendar::ref)
                    .orElse(new Ref(a.branchId().value().toString(), null));
            List<Action> trail = actions.of(tenant, appointmentId).stream()
                    .map(e -> new Action(e.action(), e.actor(), e.details(), e.at()))
                    .toList();
            return new Detail(block(tenant, a, serviceNames, staffNames), branch, trail);
        });
    }

    /** The branch's appointments that hold time and start in {@code [start, end)}, every page. */
    private List<Appointment> holding(TenantContext tenant, BranchId branch, Instant start, Instant end) {
        List<Appointment> result = new ArrayList<>();
        String cursor = null;
        do {
            var page = appointments.list(
                    tenant,
                    new Appointments.Query(branch, null, start, end),
                    new PageRequest(PageRequest.MAX_LIMIT, cursor));
            page.items().stream().filter(Appointment::holdsTime).forEach(result::add);
            cursor = page.nextCursor();
        } while (cursor != null);
        return result;
    }

    private Block block(
            TenantContext tenant, Appointment a, Map<UUID, String> serviceNames, Map<UUID, String> staffNames) {
        String customer = a.customerId() == null
                ? null
                : customers
                        .find(tenant, a.customerId())
                        .map(DashboardCalendar::customerName)
                        .orElse(null);
        StaffId staffId = a.staffId();
        return new Block(
                a.id().value().toString(),
                a.slot().start(),
                a.slot().end(),
                staffId == null ? null : staffId.value().toString(),
                staffId == null ? null : staffNames.get(staffId.value()),
                serviceNames.get(a.serviceId().value()),
                customer,
                code(a.status()),
                a.attendance() == null ? null : code(a.attendance()),
                code(a.syncStatus()),
                a.syncStatus().needsAttention(),
                a.statusReason());
    }

    private static String customerName(Customer customer) {
        return customer.name() != null
                ? customer.name()
                : customer.phone().e164(); // masked for viewers by the HTTP adapter
    }

    private static Ref ref(Branch branch) {
        return new Ref(branch.id().value().toString(), branch.name());
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
