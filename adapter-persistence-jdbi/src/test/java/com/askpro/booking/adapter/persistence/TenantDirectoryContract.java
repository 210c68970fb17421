package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import org.junit.jupiter.api.Test;

/** Contract of the {@code TenantDirectory} port: exact number to active tenant and branch, nothing else. */
abstract class TenantDirectoryContract extends PortsTest {

    @Test
    void routesAKnownNumberToItsCompanyAndBranch() {
        Fixtures t = Fixtures.create(persistence);
        BranchPhoneNumber number = addNumber(t);

        assertThat(persistence.tenantDirectory().route(number.number()))
                .contains(new TenantDirectory.Route(t.company(), t.branch(), number));
    }

    @Test
    void anUnknownNumberRoutesNowhere() {
        Fixtures.create(persistence);

        assertThat(persistence.tenantDirectory().route(Fixtures.randomPhone())).isEmpty();
    }

    @Test
    void inactiveBranchesAndCompaniesAreNotReachable() {
        Fixtures closedBranch = Fixtures.create(persistence);
        PhoneNumber branchNumber = addNumber(closedBranch).number();
        persistence
                .branches()
                .update(closedBranch.tenant(), closedBranch.branch().deactivated());
        Fixtures closedCompany = Fixtures.create(persistence);
        PhoneNumber companyNumber = addNumber(closedCompany).number();
        persistence.companies().update(closedCompany.company().deactivated());

        assertThat(persistence.tenantDirectory().route(branchNumber)).isEmpty();
        assertThat(persistence.tenantDirectory().route(companyNumber)).isEmpty();
    }

    private BranchPhoneNumber addNumber(Fixtures t) {
        return persistence
                .phoneNumbers()
                .add(
                        t.tenant(),
                        new BranchPhoneNumber(
                                PhoneNumberId.newId(),
                                t.company().id(),
                                t.branch().id(),
                                Fixtures.randomPhone()))
                .orElseThrow();
    }
}
