package com.askpro.booking.application.privacy;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.PersonalData;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;

/**
 * Use case (GDPR Art. 17): a tenant admin erases everything the tenant holds about the person
 * with a phone number, and the erasure is audited with its counts. Idempotent; never touches
 * another tenant that knows the same number.
 */
public final class EraseCustomerData {

    private final PersonalData personalData;
    private final Companies companies;
    private final AuditLog audit;
    private final Clock clock;

    public EraseCustomerData(PersonalData personalData, Companies companies, AuditLog audit, Clock clock) {
        this.personalData = personalData;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    public PersonalData.Erased erase(Principal caller, String phone) {
        TenantContext tenant = caller.tenantToWrite();
        PhoneNumber number = CustomerDataRequests.number(companies, tenant, phone);
        PersonalData.Erased erased = personalData.erase(tenant, number);
        CustomerDataRequests.audit(
                audit,
                clock,
                caller,
                tenant,
                "privacy.erasure",
                "{\"customers\":" + erased.customers()
                        + ",\"calls\":" + erased.calls() + ",\"appointments\":" + erased.appointments()
                        + ",\"webhook_events\":" + erased.webhookEvents() + "}");
        return erased;
    }
}
