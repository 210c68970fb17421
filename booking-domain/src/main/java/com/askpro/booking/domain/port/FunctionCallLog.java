package com.askpro.booking.domain.port;

import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;

/**
 * Outbound port: one record per function the voice agent called during a call, with its outcome,
 * for the call's debug timeline. It holds no personal data: no arguments but the wished local time,
 * no answer text. {@link #record} is one cheap write on the request path (an implementation may
 * batch it); it must not throw for a failed write.
 */
public interface FunctionCallLog {

    void record(Entry entry);

    /**
     * One function call: {@code function} as the agent named it (only known names), {@code outcome}
     * a stable code ({@code booked}, {@code not_booked}, {@code available}, {@code error} …),
     * {@code reason} the refusal or error code when there is one ({@code slot_taken},
     * {@code outside_hours}, {@code invalid_argument} …), {@code appointmentId} the appointment it
     * answered (a UUID, or null), {@code requested} the wished local date and time as ISO text
     * ({@code 2030-05-06T10:00}, or null), {@code startedAt} when the request arrived.
     */
    record Entry(
            CompanyId companyId,
            CallId callId,
            String function,
            String outcome,
            String reason,
            String appointmentId,
            String requested,
            long durationMs,
            String correlationId,
            Instant startedAt) {
        public Entry {
            Require.notNull("company_id", companyId);
            Require.notNull("call_id", callId);
            function = Require.line("function", function, 100);
            outcome = Require.line("outcome", outcome, 50);
            reason = Require.optionalText("reason", reason, 100);
            appointmentId = Require.optionalText("appointment_id", appointmentId, 36);
            requested = Require.optionalText("requested", requested, 32);
            correlationId = Require.optionalText("correlation_id", correlationId, 100);
            Require.notNull("started_at", startedAt);
        }
    }

    /** Records nothing (tests, tools without a database). */
    FunctionCallLog NONE = entry -> {};
}
