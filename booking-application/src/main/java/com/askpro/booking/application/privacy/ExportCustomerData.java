package com.askpro.booking.application.privacy;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.PersonalData;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;

/** Use case (GDPR Art. 15/20): a tenant admin exports everything the tenant holds about one person; audited. */
public final class ExportCustomerData {

    /** The export and the number it is about (normalised). */
    public record Exported(PhoneNumber phone, PersonalData.Export data) {}

    private final PersonalData personalData;
    private final Companies companies;
    private final AuditLog audit;
    private final Clock clock;

    public ExportCustomerData(PersonalData personalData, Companies companies, AuditLog audit, Clock clock) {
        this.personalData = personalData;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    public Exported export(Principal caller, String phone) {
        TenantContext tenant = caller.tenantToWrite();
        PhoneNumber number = CustomerDataRequests.number(companies, tenant, phone);
        PersonalData.Export data = personalData.export(tenant, number);
        CustomerDataRequests.audit(
                audit,
                clock,
                caller,
                tenant,
                "privacy.export",
                "{\"customers\":"
                        + (data.customer().isPresent() ? 1 : 0) + ",\"calls\":"
                        + data.calls().size() + ",\"appointments\":"
                        + data.appointments().size() + "}");
        return new Exported(number, data);
    }
}
