package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.dashboard.DashboardRows.AppointmentRow;
import com.askpro.booking.application.dashboard.DashboardRows.CallDetail;
import com.askpro.booking.application.dashboard.DashboardRows.CallRow;
import com.askpro.booking.application.dashboard.DashboardRows.Figures;
import com.askpro.booking.application.dashboard.DashboardRows.Tenant;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: a tenant's dashboard reads its recent calls, a call with its transcript, upcoming
 * appointments and today's figures. Every read goes through the signed-in tenant's context, so
 * another tenant's id answers as if it did not exist.
 */
public final class DashboardViews {

    /** How far back the call list reaches, and how many calls it shows at most. */
    static final Duration RECENT = Duration.ofDays(7);

    static final int MAX_CALLS = 100;
    /** How far ahead the appointment list reaches, and how many it shows at most. */
    static final Duration AHEAD = Duration.ofDays(14);

    static final int MAX_APPOINTMENTS = 200;

    private final Companies companies;
    private final Calls calls;
    private final Appointments appointments;
    private final WebhookInbox inbox;
    private final RowBuilder rows;
    private final Clock clock;

    public DashboardViews(
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            Calls calls,
            Appointments appointments,
            WebhookInbox inbox,
            Clock clock) {
        this(companies, branches, services, staff, customers, calls, appointments, inbox, null, clock);
    }

    /** With the state of each appointment's messages to the customer ({@code notifications} null: without). */
    public DashboardViews(
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            Calls calls,
            Appointments appointments,
            WebhookInbox inbox,
            NotificationOutbox notifications,
            Clock clock) {
        this.companies = companies;
        this.calls = calls;
        this.appointments = appointments;
        this.inbox = inbox;
        this.rows = new RowBuilder(branches, services, staff, customers, appointments, notifications);
        this.clock = clock;
    }

    public Tenant tenant(TenantContext tenant) {
        Company company = company(tenant);
        return new Tenant(
                company.name(), company.timeZone().getId(), company.language().code());
    }

    /** Calls of the last seven days, newest first. */
    public List<CallRow> calls(TenantContext tenant) {
        RowBuilder.Names names = rows.names(tenant);
        return calls
                .list(
                        tenant,
                        new Calls.Query(null, null, clock.instant().minus(RECENT), null),
                        PageRequest.first(MAX_CALLS))
                .items()
                .stream()
                .map(call -> rows.call(tenant, names, call))
                .toList();
    }

    public Optional<CallRow> call(TenantContext tenant, UUID id) {
        return calls.find(tenant, new CallId(id)).map(call -> rows.call(tenant, rows.names(tenant), call));
    }

    public Optional<CallDetail> callDetail(TenantContext tenant, UUID id) {
        return calls.find(tenant, new CallId(id)).map(call -> rows.detail(tenant, rows.names(tenant), call));
    }

    /** Appointments from the start of today (company time) for two weeks, by start. */
    public List<AppointmentRow> appointments(TenantContext tenant) {
        ZoneId zone = company(tenant).timeZone();
        Instant from = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        RowBuilder.Names names = rows.names(tenant);
        List<Appointment> list = appointments
                .list(
                        tenant,
                        new Appointments.Query(null, null, from, from.plus(AHEAD)),
                        PageRequest.first(MAX_APPOINTMENTS))
                .items();
        var notices = rows.notices(tenant, list);
        return list.stream()
                .map(a -> rows.appointment(tenant, names, a, notices))
                .toList();
    }

    public Optional<AppointmentRow> appointment(TenantContext tenant, UUID id) {
        return appointments
                .find(tenant, new AppointmentId(id))
                .map(a -> rows.appointment(tenant, rows.names(tenant), a, rows.notices(tenant, List.of(a))));
    }

    /** Today's calls, bookings made in them, their conversion and the webhooks that failed today. */
    public Figures figures(TenantContext tenant) {
        ZoneId zone = company(tenant).timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant start = today.atStartOfDay(zone).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();
        int callCount = 0;
        int bookings = 0;
        int converted = 0;
        String cursor = null;
        do {
            var page = calls.list(
                    tenant, new Calls.Query(null, null, start, end), new PageRequest(PageRequest.MAX_LIMIT, cursor));
            for (Call call : page.items()) {
                callCount++;
                bookings += call.appointmentIds().size();
                converted += call.appointmentIds().isEmpty() ? 0 : 1;
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        int failed = failedSince(tenant, WebhookStatus.FAILED, start) + failedSince(tenant, WebhookStatus.DEAD, start);
        int conversion = callCount == 0 ? 0 : Math.round(100f * converted / callCount);
        return new Figures(today.toString(), callCount, bookings, conversion, failed);
    }

    private int failedSince(TenantContext tenant, WebhookStatus status, Instant start) {
        int count = 0;
        String cursor = null;
        do {
            var page = inbox.list(tenant, status, new PageRequest(PageRequest.MAX_LIMIT, cursor));
            List<WebhookEvent> today = page.items().stream()
                    .filter(e -> !e.receivedAt().isBefore(start))
                    .toList();
            count += today.size();
            boolean older = page.items().stream()
                    .map(WebhookEvent::receivedAt)
                    .min(Comparator.naturalOrder())
                    .map(oldest -> oldest.isBefore(start))
                    .orElse(true);
            cursor = older ? null : page.nextCursor();
        } while (cursor != null);
        return count;
    }

    private Company company(TenantContext tenant) {
        return companies
                .find(tenant.companyId())
                .orElseThrow(() -> new IllegalStateException("signed-in company is gone"));
    }
}
