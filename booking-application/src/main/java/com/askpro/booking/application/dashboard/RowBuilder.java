package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.dashboard.DashboardRows.AppointmentRow;
import com.askpro.booking.application.dashboard.DashboardRows.CallDetail;
import com.askpro.booking.application.dashboard.DashboardRows.CallRow;
import com.askpro.booking.application.dashboard.DashboardRows.Linked;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.SyncStatus;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns calls and appointments into dashboard rows, resolving names once per request. */
final class RowBuilder {

    /** The tenant's branch, service and staff names by id. */
    record Names(Map<UUID, String> branches, Map<UUID, String> services, Map<UUID, String> staff) {}

    private final Branches branches;
    private final Services services;
    private final StaffMembers staff;
    private final Customers customers;
    private final Appointments appointments;
    private final NotificationOutbox outbox;

    /** {@code outbox} null: no message states shown. */
    RowBuilder(
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            Appointments appointments,
            NotificationOutbox outbox) {
        this.branches = branches;
        this.services = services;
        this.staff = staff;
        this.customers = customers;
        this.appointments = appointments;
        this.outbox = outbox;
    }

    /** The messages of these appointments, for {@link #appointment}. */
    Map<AppointmentId, List<Notification>> notices(TenantContext tenant, List<Appointment> list) {
        return outbox == null || list.isEmpty()
                ? Map.of()
                : outbox.forAppointments(
                        tenant, list.stream().map(Appointment::id).toList());
    }

    /**
     * One word for the messages of an appointment: {@code failed} when one is dead, {@code pending}
     * while an announcement waits, {@code reminded} after the reminder, {@code sent} after the
     * announcement; null when there is none. Skipped messages and planned reminders do not count.
     */
    static String notice(List<Notification> messages) {
        if (messages == null || messages.isEmpty()) {
            return null;
        }
        if (messages.stream().anyMatch(n -> n.status() == NotificationStatus.DEAD)) {
            return "failed";
        }
        if (messages.stream()
                .anyMatch(n -> n.kind() != NotificationKind.REMINDER && n.status() == NotificationStatus.PENDING)) {
            return "pending";
        }
        if (messages.stream()
                .anyMatch(n -> n.kind() == NotificationKind.REMINDER && n.status() == NotificationStatus.SENT)) {
            return "reminded";
        }
        return messages.stream().anyMatch(n -> n.status() == NotificationStatus.SENT) ? "sent" : null;
    }

    Names names(TenantContext tenant) {
        return new Names(
                branches.list(tenant).stream().collect(Collectors.toMap(b -> b.id().value(), Branch::name)),
                services.list(tenant).stream().collect(Collectors.toMap(s -> s.id().value(), Service::name)),
                staff.list(tenant).stream().collect(Collectors.toMap(s -> s.id().value(), Staff::name)));
    }

    CallRow call(TenantContext tenant, Names names, Call call) {
        List<Linked> linked = linked(tenant, names, call);
        Long duration = call.facts().durationMs() == null
                ? null
                : Math.round(call.facts().durationMs() / 1000.0);
        return new CallRow(
                call.id().value().toString(),
                call.facts().startedAt() != null ? call.facts().startedAt() : call.createdAt(),
                call.from() == null ? null : call.from().e164(),
                call.branchId() == null
                        ? null
                        : names.branches().get(call.branchId().value()),
                code(call.status()),
                duration,
                call.facts().summary(),
                call.facts().sentiment(),
                linked.isEmpty() ? null : linked.get(0));
    }

    CallDetail detail(TenantContext tenant, Names names, Call call) {
        return new CallDetail(
                call(tenant, names, call),
                call.facts().transcript(),
                call.facts().disconnectionReason(),
                call.facts().successful(),
                linked(tenant, names, call));
    }

    AppointmentRow appointment(
            TenantContext tenant, Names names, Appointment a, Map<AppointmentId, List<Notification>> notices) {
        String customer = a.customerId() == null
                ? null
                : customers
                        .find(tenant, a.customerId())
                        .map(RowBuilder::customerName)
                        .orElse(null);
        return new AppointmentRow(
                a.id().value().toString(),
                a.slot().start(),
                a.slot().end(),
                a.slot().start().atZone(a.zone()).toLocalDate().toString(),
                a.staffId() == null ? null : names.staff().get(a.staffId().value()),
                names.services().get(a.serviceId().value()),
                names.branches().get(a.branchId().value()),
                customer,
                code(a.status()),
                code(a.syncStatus()),
                a.syncStatus() == SyncStatus.PENDING,
                a.syncStatus().needsAttention(),
                notice(notices.get(a.id())));
    }

    private List<Linked> linked(TenantContext tenant, Names names, Call call) {
        return call.appointmentIds().stream()
                .map(id -> appointments.find(tenant, id))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Appointment a) -> a.createdAt()).reversed())
                .map(a -> new Linked(
                        a.id().value().toString(),
                        a.slot().start(),
                        names.services().get(a.serviceId().value())))
                .toList();
    }

    private static String customerName(Customer customer) {
        return customer.name() != null ? customer.name() : customer.phone().e164();
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
