package com.askpro.booking.application.privacy;

import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.PersonalData;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Use case (retention): for every company, erases call personal data and raw webhook bodies
 * older than its {@code retention_days}; events no tenant owns after the default 90 days. Each
 * purge that changed something is audited with its counts. Idempotent, so every instance may run it.
 */
public final class PurgeExpiredPersonalData {

    /** What one run purged. */
    public record Result(int calls, int webhookEvents) {
        public int total() {
            return calls + webhookEvents;
        }
    }

    private final Companies companies;
    private final PersonalData personalData;
    private final AuditLog audit;
    private final Clock clock;

    public PurgeExpiredPersonalData(Companies companies, PersonalData personalData, AuditLog audit, Clock clock) {
        this.companies = companies;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
    }

    public Result run() {
        Instant now = clock.instant();
        int calls = 0;
        int events = 0;
        String cursor = null;
        do {
            Page<Company> page = companies.list(new PageRequest(PageRequest.MAX_LIMIT, cursor));
            for (Company company : page.items()) {
                TenantContext tenant = company.tenant();
                PersonalData.Purged purged =
                        personalData.purge(tenant, now.minus(Duration.ofDays(company.retentionDays())));
                if (purged.total() > 0) {
                    audit.record(new AuditLog.Entry(
                            company.id(),
                            "retention",
                            "privacy.retention_purge",
                            "company:" + company.id(),
                            "{\"retention_days\":" + company.retentionDays() + ",\"calls\":" + purged.calls()
                                    + ",\"webhook_events\":" + purged.webhookEvents() + "}",
                            now));
                }
                calls += purged.calls();
                events += purged.webhookEvents();
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        events += personalData
                .purge(null, now.minus(Duration.ofDays(Company.DEFAULT_RETENTION_DAYS)))
                .webhookEvents();
        return new Result(calls, events);
    }
}
