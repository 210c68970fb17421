package com.askpro.booking.domain.port;

import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;

/** Outbound port: a log line per outbound API request (e.g. to Cal.com), without secrets. */
public interface ApiCallLog {

    void record(Entry entry);

    /**
     * One outbound request; {@code status} is 0 when no response arrived; {@code at} is when it
     * ended; {@code callId} is the call it was made for (null when there is none).
     */
    record Entry(
            CompanyId companyId,
            String provider,
            String method,
            String path,
            int status,
            long durationMs,
            String correlationId,
            String error,
            Instant at,
            CallId callId) {
        public Entry {
            provider = Require.text("provider", provider, 50);
            method = Require.text("method", method, 10);
            path = Require.text("path", path, 500);
            correlationId = Require.optionalText("correlation_id", correlationId, 100);
            error = Require.optionalText("error", error, 1000);
            Require.notNull("at", at);
        }

        /** A request made for no known call. */
        public Entry(
                CompanyId companyId,
                String provider,
                String method,
                String path,
                int status,
                long durationMs,
                String correlationId,
                String error,
                Instant at) {
            this(companyId, provider, method, path, status, durationMs, correlationId, error, at, null);
        }

        /** The same request, made for {@code call}. */
        public Entry forCall(CallId call) {
            return new Entry(companyId, provider, method, path, status, durationMs, correlationId, error, at, call);
        }

        /** When the request was sent. */
        public Instant startedAt() {
            return at.minusMillis(Math.max(0, durationMs));
        }
    }
}
