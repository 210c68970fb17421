package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.dashboard.CalendarView.Block;
import com.askpro.booking.application.dashboard.CalendarView.Column;
import com.askpro.booking.application.dashboard.CalendarView.Day;
import com.askpro.booking.application.dashboard.CalendarView.Interval;
import com.askpro.booking.application.dashboard.CalendarView.Ref;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns appointments, staff and opening hours into the {@link CalendarView}: a day's columns (each
 * active staff member with the time they can be booked, {@link Branch#workingTimeOn}, the same
 * rule the availability uses; appointments without staff in a column of their own) and each
 * appointment's block, named with the customer's name (their number when they gave none).
 */
final class CalendarProjection {

    /** Service and staff names by id, as the block shows them. */
    record Names(Map<UUID, String> services, Map<UUID, String> staff) {}

    private final Customers customers;

    CalendarProjection(Customers customers) {
        this.customers = customers;
    }

    /** {@code date} at {@code branch}: its opening hours and one column per staff member, with what {@code held} holds that day. */
    Day day(
            TenantContext tenant,
            Branch branch,
            LocalDate date,
            List<Staff> people,
            List<Appointment> held,
            Names names) {
        ZoneId zone = branch.timeZone();
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Appointment> onDay = held.stream()
                .filter(a -> a.slot().start().isBefore(dayEnd) && a.slot().end().isAfter(dayStart))
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
                                            : names.staff().get(a.staffId().value()),
                                    a.staffId() == null ? opening(branch, date) : List.of(),
                                    new ArrayList<>()))
                    .appointments()
                    .add(block(tenant, a, names));
        }
        if (columns.isEmpty()) {
            columns.put("", new Column(null, null, opening(branch, date), List.of()));
        }
        return new Day(
                date.toString(),
                opening(branch, date),
                columns.values().stream()
                        .map(c -> new Column(c.staffId(), c.name(), c.working(), List.copyOf(c.appointments())))
                        .toList());
    }

    Block block(TenantContext tenant, Appointment a, Names names) {
        String customer = a.customerId() == null
                ? null
                : customers
                        .find(tenant, a.customerId())
                        .map(CalendarProjection::customerName)
                        .orElse(null);
        StaffId staffId = a.staffId();
        return new Block(
                a.id().value().toString(),
                a.slot().start(),
                a.slot().end(),
                staffId == null ? null : staffId.value().toString(),
                staffId == null ? null : names.staff().get(staffId.value()),
                names.services().get(a.serviceId().value()),
                customer,
                code(a.status()),
                a.attendance() == null ? null : code(a.attendance()),
                code(a.syncStatus()),
                a.syncStatus().needsAttention(),
                a.statusReason());
    }

    static Ref ref(Branch branch) {
        return new Ref(branch.id().value().toString(), branch.name());
    }

    private static List<Interval> opening(Branch branch, LocalDate date) {
        return branch.openingOn(date).stream().map(Interval::of).toList();
    }

    private static String customerName(Customer customer) {
        return customer.name() != null
                ? customer.name()
                : customer.phone().e164(); // masked for viewers by the HTTP adapter
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
