package com.askpro.booking.domain.testdata;

import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import java.util.UUID;

/** Tenants for tests: the demo salon, and a second company for tenant-isolation cases. */
public final class TestTenants {

    public static final CompanyId OTHER_COMPANY_ID =
            new CompanyId(UUID.fromString("0e000000-0000-4000-8000-000000000001"));
    public static final BranchId OTHER_BRANCH_ID =
            new BranchId(UUID.fromString("0e000000-0000-4000-8000-000000000002"));

    private TestTenants() {}

    /** The demo tenant of SPEC §5.2. */
    public static DemoTenant demoSalon() {
        return DemoTenant.create();
    }

    /** An unrelated Austrian company using English, without Cal.com. */
    public static Company otherCompany() {
        return Company.create(
                OTHER_COMPANY_ID, "Other Barber", "AT", java.time.ZoneId.of("Europe/Vienna"), Language.EN);
    }

    /** The other company's only branch, open Mon–Sat like the demo branch. */
    public static Branch otherBranch() {
        return Branch.open(
                OTHER_BRANCH_ID,
                OTHER_COMPANY_ID,
                "Wien Innere Stadt",
                java.time.ZoneId.of("Europe/Vienna"),
                DemoTenant.workingHours());
    }

    /** The demo company with a Cal.com key, i.e. with an external calendar. */
    public static Company demoSalonWithCalcom() {
        return demoSalon().company().withCalcomKey("cal_live_secret_key_123");
    }
}
