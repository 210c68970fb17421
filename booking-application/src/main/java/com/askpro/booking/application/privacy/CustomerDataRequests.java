package com.askpro.booking.application.privacy;

import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;

/** The number of a data subject as the tenant typed it, normalised to E.164 with the company's country. */
final class CustomerDataRequests {

    private CustomerDataRequests() {}

    static PhoneNumber number(Companies companies, TenantContext tenant, String phone) {
        if (phone == null || phone.isBlank()) {
            throw new InvalidValueException("phone", "is required: the number of the person, in any common format");
        }
        Company company = companies.find(tenant.companyId()).orElseThrow(() -> AdminException.notFound("company"));
        return PhoneNumber.parse(phone, company.country());
    }

    /** Records {@code action} with counts only: the audit trail never holds the personal data itself. */
    static void audit(
            AuditLog audit, Clock clock, Principal caller, TenantContext tenant, String action, String counts) {
        audit.record(new AuditLog.Entry(
                tenant.companyId(), caller.actor(), action, "data_subject", counts, clock.instant()));
    }
}
