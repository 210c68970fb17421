package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.tenant.CompanyId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Adapter: the append-only audit trail in table {@code audit_log}. */
final class JdbiAuditLog implements AuditLog {

    private final Jdbi jdbi;

    JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(Entry entry) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO audit_log (company_id, actor, action, subject, detail, occurred_at)
                VALUES (:company, :actor, :action, :subject, :detail, :at)
                """)
                .bind("company", Db.uuid(entry.companyId() == null ? null : entry.companyId().value()))
                .bind("actor", entry.actor())
                .bind("action", entry.action())
                .bind("subject", entry.subject())
                .bind("detail", entry.detail())
                .bind("at", Db.ts(entry.at()))
                .execute());
    }

    @Override
    public List<Entry> recent(CompanyId company, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT company_id, actor, action, subject, detail, occurred_at FROM audit_log
                WHERE company_id = :company
                ORDER BY occurred_at DESC, id DESC
                LIMIT :limit
                """)
                .bind("company", Db.uuid(company.value()))
                .bind("limit", Math.max(0, limit))
                .map((rs, ctx) -> {
                    UUID owner = Db.uuid(rs, "company_id");
                    return new Entry(owner == null ? null : new CompanyId(owner), rs.getString("actor"),
                            rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
                            Db.instant(rs, "occurred_at"));
                })
                .list());
    }
}
