package com.askpro.booking.application.admin;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Use case: a tenant reads what happened — its customers, calls and appointments — with filters
 * by day (local to the branch, or to the company without a branch), time range, status and branch.
 */
public final class ActivityQueries {

    /** List filters as given; all optional. {@code day} excludes {@code from}/{@code to}. */
    public record Filter(String day, String from, String to, String status, String branchId) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    private final Customers customers;
    private final Calls calls;
    private final Appointments appointments;
    private final Branches branches;
    private final Companies companies;

    public ActivityQueries(
            Customers customers, Calls calls, Appointments appointments, Branches branches, Companies companies) {
        this.customers = customers;
        this.calls = calls;
        this.appointments = appointments;
        this.branches = branches;
        this.companies = companies;
    }

    public Page<Customer> customers(Principal caller, PageRequest page) {
        return customers.list(caller.tenantToRead(), page);
    }

    public Customer customer(Principal caller, String id) {
        return customers
                .find(caller.tenantToRead(), Values.pathId(id, CustomerId::new, "customer"))
                .orElseThrow(() -> AdminException.notFound("customer"));
    }

    public Page<Call> calls(Principal caller, Filter filter, PageRequest page) {
        TenantContext tenant = caller.tenantToRead();
        Window window = window(tenant, filter);
        return calls.list(
                tenant,
                new Calls.Query(
                        window.branch,
                        Values.enumValue("status", filter.status(), CallStatus.class),
                        window.from,
                        window.to),
                page);
    }

    public Call call(Principal caller, String id) {
        return calls.find(caller.tenantToRead(), Values.pathId(id, CallId::new, "call"))
                .orElseThrow(() -> AdminException.notFound("call"));
    }

    public Page<Appointment> appointments(Principal caller, Filter filter, PageRequest page) {
        TenantContext tenant = caller.tenantToRead();
        Window window = window(tenant, filter);
        return appointments.list(
                tenant,
                new Appointments.Query(
                        window.branch,
                        Values.enumValue("status", filter.status(), AppointmentStatus.class),
                        window.from,
                        window.to),
                page);
    }

    public Appointment appointment(Principal caller, String id) {
        return appointments
                .find(caller.tenantToRead(), Values.pathId(id, AppointmentId::new, "appointment"))
                .orElseThrow(() -> AdminException.notFound("appointment"));
    }

    private record Window(BranchId branch, Instant from, Instant to) {}

    private Window window(TenantContext tenant, Filter filter) {
        BranchId branch = filter.branchId() == null
                ? null
                : PhoneNumberAdministration.existingBranch(branches, tenant, filter.branchId());
        if (filter.day() != null) {
            if (filter.from() != null || filter.to() != null) {
                throw new InvalidValueException("day", "cannot be combined with 'from' or 'to'");
            }
            LocalDate day = Values.date("day", filter.day());
            ZoneId zone = branch != null
                    ? branches.find(tenant, branch).orElseThrow().timeZone()
                    : companies
                            .find(tenant.companyId())
                            .orElseThrow(() -> AdminException.notFound("company"))
                            .timeZone();
            return new Window(
                    branch,
                    day.atStartOfDay(zone).toInstant(),
                    day.plusDays(1).atStartOfDay(zone).toInstant());
        }
        Instant from = filter.from() == null ? null : Values.instant("from", filter.from());
        Instant to = filter.to() == null ? null : Values.instant("to", filter.to());
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "must be after 'from'");
        }
        return new Window(branch, from, to);
    }
}
