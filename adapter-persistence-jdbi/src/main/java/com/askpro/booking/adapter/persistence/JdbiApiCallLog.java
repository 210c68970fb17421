package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.ApiCallLog;
import org.jdbi.v3.core.Jdbi;

/** Adapter: one row per outbound API request in table {@code api_call_logs}. */
final class JdbiApiCallLog implements ApiCallLog {

    private final Jdbi jdbi;

    JdbiApiCallLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(Entry entry) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO api_call_logs (company_id, provider, method, path, status, duration_ms, correlation_id, error, occurred_at)
                VALUES (:company, :provider, :method, :path, :status, :durationMs, :correlationId, :error, :at)
                """)
                .bind("company", Db.uuid(entry.companyId() == null ? null : entry.companyId().value()))
                .bind("provider", entry.provider())
                .bind("method", entry.method())
                .bind("path", entry.path())
                .bind("status", entry.status())
                .bind("durationMs", entry.durationMs())
                .bind("correlationId", entry.correlationId())
                .bind("error", entry.error())
                .bind("at", Db.ts(entry.at()))
                .execute());
    }
}
