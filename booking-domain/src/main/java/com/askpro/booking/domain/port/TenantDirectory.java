package com.askpro.booking.domain.port;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import java.util.Optional;

/**
 * Outbound port: which tenant and branch a dialled number reaches. The only lookup that starts
 * without a tenant, because it is how an inbound call finds one; an unknown number answers empty,
 * never some other tenant. Implementations may cache.
 */
public interface TenantDirectory {

    /**
     * Where a call to {@code dialled} goes; only active companies and branches are reachable (a
     * hotline number of an active company is reachable while the company has an active branch).
     */
    Optional<Route> route(PhoneNumber dialled);

    /**
     * The tenant, branch and number a call reaches; {@code branch} is null for a hotline number of the
     * whole company (the caller chooses the branch during the call).
     */
    record Route(Company company, Branch branch, BranchPhoneNumber number) {

        public boolean isHotline() {
            return branch == null;
        }
    }
}
