package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Adapter: the append-only audit trail in table {@code audit_events} (on PostgreSQL a trigger refuses UPDATE and DELETE). */
final class JdbiAuditLog implements AuditLog {

    private static final RowMapper<Recorded> MAPPER = (rs, ctx) -> {
        UUID owner = Db.uuid(rs, "company_id");
        return new Recorded(
                rs.getLong("id"),
                new Entry(
                        owner == null ? null : new CompanyId(owner),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("detail"),
                        Db.instant(rs, "occurred_at")));
    };

    private final Jdbi jdbi;

    JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(Entry entry) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO audit_events (company_id, actor, action, subject, detail, occurred_at)
                VALUES (:company, :actor, :action, :subject, :detail, :at)
                """)
                .bind(
                        "company",
                        Db.uuid(
                                entry.companyId() == null
                                        ? null
                                        : entry.companyId().value()))
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
                SELECT id, company_id, actor, action, subject, detail, occurred_at FROM audit_events
                WHERE company_id = :company
                ORDER BY id DESC
                LIMIT :limit
                """)
                .bind("company", Db.uuid(company.value()))
                .bind("limit", Math.max(0, limit))
                .map(MAPPER)
                .map(Recorded::entry)
                .list());
    }

    @Override
    public Page<Recorded> list(TenantContext tenant, PageRequest page) {
        Long before = parse(page.cursor());
        List<Recorded> rows =
                jdbi.withHandle(handle -> handle.createQuery("""
                SELECT id, company_id, actor, action, subject, detail, occurred_at FROM audit_events
                WHERE company_id = :company""" + (before == null ? "" : " AND id < :before") + """

                ORDER BY id DESC
                LIMIT :limit
                """)
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .bind("before", before == null ? 0L : before)
                        .bind("limit", page.limit() + 1)
                        .map(MAPPER)
                        .list());
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<Recorded> shown = rows.subList(0, page.limit());
        String next = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("audit|" + shown.get(shown.size() - 1).id()).getBytes(StandardCharsets.UTF_8));
        return new Page<>(shown, next);
    }

    private static Long parse(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("audit|")) {
                throw new IllegalArgumentException();
            }
            long id = Long.parseLong(text.substring("audit|".length()));
            // only the exact text we hand out: canonical unpadded base64url of "audit|<positive id>"
            if (id < 1
                    || !Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(("audit|" + id).getBytes(StandardCharsets.UTF_8))
                            .equals(cursor)) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("cursor", "is not a cursor this API handed out");
        }
    }
}
