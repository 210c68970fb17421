package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.application.port.CallHistory;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.NotificationId;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.FunctionCallLog;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter: the recorded history of one call, read for its timeline from {@code webhook_events},
 * {@code function_calls}, {@code api_call_logs} and {@code notifications} (those of the appointments
 * the call created or changed: {@code call_appointments} and {@code appointments.source_call_id});
 * every query filters by the tenant's company.
 * Webhook events are found by their event key, which holds Retell's call id
 * ({@code <event>:<call id>[:…]}), so no body is read or decrypted.
 */
final class JdbiCallHistory implements CallHistory {

    /** Events of a call arrive around it; older events of the same call id cannot exist. */
    private static final Duration EVENTS_BEFORE_CALL = Duration.ofDays(1);

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final Runnable pendingFunctionCalls;

    /** {@code pendingFunctionCalls} writes the function calls still queued (the log batches its inserts). */
    JdbiCallHistory(Jdbi jdbi, FieldCipher cipher, Runnable pendingFunctionCalls) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.pendingFunctionCalls = pendingFunctionCalls;
    }

    @Override
    public List<WebhookEventSummary> webhookEvents(TenantContext tenant, Call call) {
        String retellId = call.agentCallId();
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, source, event_type, status, attempts, received_at, processed_at, last_error, correlation_id
                        FROM webhook_events
                        WHERE company_id = :company AND source IN ('RETELL', 'RETELL_INBOUND') AND received_at >= :since
                          AND (event_key = event_type || ':' || CAST(:retellId AS varchar(128))
                               OR LEFT(event_key, LENGTH(event_type) + :retellIdLength + 2)
                                  = event_type || ':' || CAST(:retellId AS varchar(128)) || ':')
                        ORDER BY received_at, id
                        LIMIT :limit
                        """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("since", Db.ts(call.createdAt().minus(EVENTS_BEFORE_CALL)))
                .bind("retellId", retellId)
                .bind("retellIdLength", retellId.length())
                .bind("limit", LIMIT)
                .map((rs, ctx) -> new WebhookEventSummary(
                        new WebhookEventId(Db.uuid(rs, "id")),
                        WebhookSource.valueOf(rs.getString("source")),
                        rs.getString("event_type"),
                        WebhookStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        Db.instant(rs, "received_at"),
                        Db.instant(rs, "processed_at"),
                        rs.getString("last_error"),
                        rs.getString("correlation_id")))
                .list());
    }

    @Override
    public List<FunctionCallLog.Entry> functionCalls(TenantContext tenant, CallId call) {
        pendingFunctionCalls.run();
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT company_id, call_id, function_name, outcome, reason, appointment_id, requested, duration_ms,
                               correlation_id, started_at
                        FROM function_calls
                        WHERE company_id = :company AND call_id = :call
                        ORDER BY started_at, id
                        LIMIT :limit
                        """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("call", Db.uuid(call.value()))
                .bind("limit", LIMIT)
                .map((rs, ctx) -> new FunctionCallLog.Entry(
                        new CompanyId(Db.uuid(rs, "company_id")),
                        new CallId(Db.uuid(rs, "call_id")),
                        rs.getString("function_name"),
                        rs.getString("outcome"),
                        rs.getString("reason"),
                        rs.getString("appointment_id"),
                        rs.getString("requested"),
                        rs.getLong("duration_ms"),
                        rs.getString("correlation_id"),
                        Db.instant(rs, "started_at")))
                .list());
    }

    @Override
    public List<ApiCallLog.Entry> outboundRequests(TenantContext tenant, CallId call) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT company_id, provider, method, path, status, duration_ms, correlation_id, error, occurred_at, call_id
                        FROM api_call_logs
                        WHERE company_id = :company AND call_id = :call
                        ORDER BY occurred_at, id
                        LIMIT :limit
                        """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("call", Db.uuid(call.value()))
                .bind("limit", LIMIT)
                .map((rs, ctx) -> new ApiCallLog.Entry(
                        new CompanyId(Db.uuid(rs, "company_id")),
                        rs.getString("provider"),
                        rs.getString("method"),
                        rs.getString("path"),
                        rs.getInt("status"),
                        rs.getLong("duration_ms"),
                        rs.getString("correlation_id"),
                        cipher.open(rs.getString("error"), JdbiApiCallLog.ERROR),
                        Db.instant(rs, "occurred_at"),
                        new CallId(Db.uuid(rs, "call_id"))))
                .list());
    }

    @Override
    public List<NotificationSummary> notifications(TenantContext tenant, CallId call) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, appointment_id, kind, channel, status, attempts, created_at, sent_at, last_error
                        FROM notifications
                        WHERE company_id = :company
                          AND appointment_id IN (SELECT appointment_id FROM call_appointments
                                                 WHERE company_id = :company AND call_id = :call
                                                 UNION
                                                 SELECT id FROM appointments WHERE company_id = :company AND source_call_id = :call)
                        ORDER BY created_at, id
                        LIMIT :limit
                        """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("call", Db.uuid(call.value()))
                .bind("limit", LIMIT)
                .map((rs, ctx) -> new NotificationSummary(
                        new NotificationId(Db.uuid(rs, "id")),
                        new AppointmentId(Db.uuid(rs, "appointment_id")),
                        NotificationKind.valueOf(rs.getString("kind")),
                        Channel.valueOf(rs.getString("channel")),
                        NotificationStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        Db.instant(rs, "created_at"),
                        Db.instant(rs, "sent_at"),
                        cipher.open(rs.getString("last_error"), JdbiNotificationOutbox.LAST_ERROR)))
                .list());
    }
}
