package com.askpro.booking.application.booking;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import java.time.Clock;
import java.util.Optional;

/**
 * Use case: who is asking when a company's own tool books — an AI agent with the company's API
 * key, a staff member's form — instead of a caller on the phone. The tenant comes from the
 * authenticated key (never from what the tool says), the branch is one of that tenant's, and the
 * customer's phone number takes the place of the caller's number; there is no call. The booking
 * use cases then behave exactly as for a phone call.
 */
public final class ActForTenant {

    private final Companies companies;
    private final Branches branches;
    private final Clock clock;

    public ActForTenant(Companies companies, Branches branches, Clock clock) {
        this.companies = companies;
        this.branches = branches;
        this.clock = clock;
    }

    /** {@code customerPhone} in any common format (null: none, e.g. for a mere availability check). */
    public record Query(Principal principal, BranchId branch, String customerPhone) {}

    /** Whether the request can be served on the tenant's behalf. */
    public sealed interface Outcome {

        record Acting(CallerContext caller) implements Outcome {}

        /** The tenant has no active branch with that id. */
        record NoSuchBranch() implements Outcome {}

        /** The customer's phone number is not a phone number. */
        record InvalidPhone(String reason) implements Outcome {}
    }

    public Outcome act(Query query) {
        var tenant = query.principal().tenantToRead();
        Optional<Company> company = companies.find(tenant.companyId()).filter(Company::active);
        Optional<Branch> branch = branches.find(tenant, query.branch()).filter(Branch::active);
        if (company.isEmpty() || branch.isEmpty()) {
            return new Outcome.NoSuchBranch();
        }
        PhoneNumber customer = null;
        if (query.customerPhone() != null) {
            try {
                customer =
                        PhoneNumber.parse(query.customerPhone(), company.get().country());
            } catch (InvalidValueException e) {
                return new Outcome.InvalidPhone(e.getMessage());
            }
        }
        return new Outcome.Acting(new CallerContext(company.get(), branch.get(), customer, null, clock.instant()));
    }
}
