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
 * Every booking command carries one; {@link IdentifyCaller} builds it.
 */
public record CallerContext(Company company, Branch branch, PhoneNumber caller, Call call, Instant now) {

    public TenantContext tenant() {
        return company.tenant();
    }

    public Optional<PhoneNumber> callerNumber() {
        return Optional.ofNullable(caller);
    }

    public ZoneId zone() {
        return branch.timeZone();
    }

    /** Today at the branch. */
    public LocalDate today() {
        return now.atZone(branch.timeZone()).toLocalDate();
    }
}
