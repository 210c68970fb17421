package com.askpro.booking.domain.port;

import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.List;

/**
 * Outbound port: an append-only record of who did what to which data (GDPR erasures and exports,
 * API keys, company settings). Entries name ids and counts, never the personal data itself.
 */
public interface AuditLog {

    void record(Entry entry);

    /** Entries of one company, newest first. */
    List<Entry> recent(CompanyId company, int limit);

    /** One page of the tenant's entries, newest first. */
    Page<Recorded> list(TenantContext tenant, PageRequest page);

    /** One audited action; {@code companyId} is null for platform-level actions. */
    record Entry(CompanyId companyId, String actor, String action, String subject, String detail, Instant at) {
        public Entry {
            actor = Require.text("actor", actor, 200);
            action = Require.text("action", action, 100);
            subject = Require.text("subject", subject, 200);
            detail = Require.optionalText("detail", detail, 2000);
            Require.notNull("at", at);
        }
    }

    /** A stored entry and its position in the trail. */
    record Recorded(long id, Entry entry) {}
}
