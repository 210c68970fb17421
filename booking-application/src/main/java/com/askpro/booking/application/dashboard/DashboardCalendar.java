package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.dashboard.CalendarView.Calendar;
import com.askpro.booking.application.dashboard.CalendarView.Day;
import com.askpro.booking.application.dashboard.CalendarView.Offered;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Query: a branch's calendar for one day or a week — one column per staff member with the time
 * they can be booked and the appointments holding time in it (arranged by
 * {@link CalendarProjection}), with the branch's bookable services for the booking form. Read in
 * the signed-in tenant's context only: another tenant's branch answers as if it did not exist.
 */
public final class DashboardCalendar {

    /** Longest range shown at once. */
    public static final int MAX_DAYS = 7;

    private final Branches branches;
    private final Services services;
    private final StaffMembers staff;
    private final Appointments appointments;
    private final CalendarProjection projection;
    private final Clock clock;

    public DashboardCalendar(
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            Appointments appointments,
            Clock clock) {
        this.branches = branches;
        this.services = services;
        this.staff = staff;
        this.appointments = appointments;
        this.projection = new CalendarProjection(customers);
        this.clock = clock;
    }

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
        CalendarProjection.Names names = new CalendarProjection.Names(serviceNames, staffNames);
        List<Appointment> held = holding(tenant, branch.id(), start, end);

        List<Day> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(projection.day(tenant, branch, first.plusDays(i), people, held, names));
        }
        List<Offered> offered = services.offeredAt(tenant, branch.id()).stream()
                .sorted(Comparator.comparing(Service::name))
                .map(s -> new Offered(
                        s.id().value().toString(), s.name(), s.duration().toMinutes()))
                .toList();
        return Optional.of(new Calendar(
                CalendarProjection.ref(branch),
                all.stream().map(CalendarProjection::ref).toList(),
                offered,
                zone.getId(),
                today.toString(),
                now,
                result));
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
}
