package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The caller's place that staff actions put the customer in, so that the phone's use cases apply:
 * the tenant's active company, the branch, and the customer's number as if they had called.
 */
public final class StaffCallerContexts {

    private final Companies companies;
    private final Branches branches;
    private final Customers customers;
    private final Appointments appointments;
    private final Clock clock;

    public StaffCallerContexts(
            Companies companies, Branches branches, Customers customers, Appointments appointments, Clock clock) {
        this.companies = companies;
        this.branches = branches;
        this.customers = customers;
        this.appointments = appointments;
        this.clock = clock;
    }

    /** At {@code branchId} with no caller number yet (a new booking); empty without an active company or the branch. */
    Optional<CallerContext> atBranch(TenantContext tenant, BranchId branchId) {
        return context(tenant, branchId, null);
    }

    /** Runs {@code action} with the appointment and its customer in the caller's place, at its branch. */
    StaffActionResult withCustomer(
            TenantContext tenant, UUID id, BiFunction<Appointment, CallerContext, StaffActionResult> action) {
        Optional<Appointment> found = appointments.find(tenant, new AppointmentId(id));
        if (found.isEmpty()) {
            return new StaffActionResult.NotFound();
        }
        Appointment current = found.get();
        Optional<Customer> customer =
                current.customerId() == null ? Optional.empty() : customers.find(tenant, current.customerId());
        if (customer.isEmpty()) {
            return new StaffActionResult.Refused("customer_erased", "the customer's data was erased", List.of());
        }
        Optional<CallerContext> caller = context(tenant, current.branchId(), customer.get());
        return caller.isEmpty() ? new StaffActionResult.NotFound() : action.apply(current, caller.get());
    }

    private Optional<CallerContext> context(TenantContext tenant, BranchId branchId, Customer customer) {
        Optional<Company> company = companies.find(tenant.companyId()).filter(Company::active);
        Optional<Branch> branch = branchId == null ? Optional.empty() : branches.find(tenant, branchId);
        if (company.isEmpty() || branch.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CallerContext(
                company.get(), branch.get(), customer == null ? null : customer.phone(), null, clock.instant()));
    }
}
