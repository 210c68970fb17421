package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.FunctionCallLog;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: one row per agent function call in table {@code function_calls} — a single insert on
 * the request path. A failed write is logged and dropped: the caller's answer never waits for it.
 */
final class JdbiFunctionCallLog implements FunctionCallLog {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiFunctionCallLog.class);

    private final Jdbi jdbi;

    JdbiFunctionCallLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(Entry entry) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                    INSERT INTO function_calls (company_id, call_id, function_name, outcome, reason, appointment_id, requested,
                                                duration_ms, correlation_id, started_at)
                    VALUES (:company, :call, :function, :outcome, :reason, :appointment, :requested, :durationMs,
                            :correlationId, :at)
                    """)
                    .bind("company", Db.uuid(entry.companyId().value()))
                    .bind("call", Db.uuid(entry.callId().value()))
                    .bind("function", entry.function())
                    .bind("outcome", entry.outcome())
                    .bind("reason", entry.reason())
                    .bind("appointment", entry.appointmentId())
                    .bind("requested", entry.requested())
                    .bind("durationMs", entry.durationMs())
                    .bind("correlationId", entry.correlationId())
                    .bind("at", Db.ts(entry.startedAt()))
                    .execute());
        } catch (RuntimeException e) {
            LOG.warn("could not record function call {} of call {}", entry.function(), entry.callId(), e);
        }
    }
}
