package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.port.ApiCallLog;
import org.jdbi.v3.core.Jdbi;

/** Adapter: one row per outbound API request in table {@code api_call_logs}, with the call it was made for; the error text (it may echo personal data) encrypted. */
final class JdbiApiCallLog implements ApiCallLog {

    static final String ERROR = "api_call_logs.error";

    private final Jdbi jdbi;
    private final FieldCipher cipher;

    JdbiApiCallLog(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public void record(Entry entry) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO api_call_logs (company_id, provider, method, path, status, duration_ms, correlation_id, error, occurred_at,
                                           call_id)
                VALUES (:company, :provider, :method, :path, :status, :durationMs, :correlationId, :error, :at, :call)
                """)
                .bind(
                        "company",
                        Db.uuid(
                                entry.companyId() == null
                                        ? null
                                        : entry.companyId().value()))
                .bind("provider", entry.provider())
                .bind("method", entry.method())
                .bind("path", entry.path())
                .bind("status", entry.status())
                .bind("durationMs", entry.durationMs())
                .bind("correlationId", entry.correlationId())
                .bind("error", cipher.seal(entry.error(), ERROR))
                .bind("at", Db.ts(entry.at()))
                .bind(
                        "call",
                        Db.uuid(entry.callId() == null ? null : entry.callId().value()))
                .execute());
    }
}
