package com.askpro.booking.application.booking;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Who is asking, during which call: the tenant and branch behind the dialled number, the caller's
 * number (null when withheld), the call itself (null when the channel has no call), and the moment.
 * Every booking command carries one; {@link IdentifyCaller} builds it. On a company's hotline
 * ({@code hotline} true) {@code branch} is null until the caller chose one ({@link ChooseBranch}).
 */
public record CallerContext(
        Company company, Branch branch, PhoneNumber caller, Call call, Instant now, boolean hotline) {

    /** A context at one branch, not on a hotline. */
    public CallerContext(Company company, Branch branch, PhoneNumber caller, Call call, Instant now) {
        this(company, branch, caller, call, now, false);
    }

    public TenantContext tenant() {
        return company.tenant();
    }

    public Optional<PhoneNumber> callerNumber() {
        return Optional.ofNullable(caller);
    }

    /** The same caller at {@code chosen} (and the call as it is now). */
    public CallerContext at(Branch chosen, Call currentCall) {
        return new CallerContext(company, chosen, caller, currentCall, now, hotline);
    }

    /** The branch's zone; the company's while no branch is chosen. */
    public ZoneId zone() {
        return branch == null ? company.timeZone() : branch.timeZone();
    }

    /** Today at the branch (at the company while no branch is chosen). */
    public LocalDate today() {
        return now.atZone(zone()).toLocalDate();
    }
}
