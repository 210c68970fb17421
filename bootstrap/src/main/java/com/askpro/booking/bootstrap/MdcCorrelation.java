package com.askpro.booking.bootstrap;

import com.askpro.booking.application.port.CorrelationContext;
import com.askpro.booking.domain.call.CallId;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * The correlation id of background work in SLF4J's MDC, under the same key HTTP requests use; and
 * the call the current thread works for ({@link #currentCall()}), which tags outbound requests.
 */
final class MdcCorrelation implements CorrelationContext {

    private static final ThreadLocal<CallId> CURRENT_CALL = new ThreadLocal<>();

    /** The call the current thread's work is for, if any. */
    static Optional<CallId> currentCall() {
        return Optional.ofNullable(CURRENT_CALL.get());
    }

    @Override
    public Scope forCall(CallId call) {
        CallId previous = CURRENT_CALL.get();
        if (call == null) {
            CURRENT_CALL.remove();
        } else {
            CURRENT_CALL.set(call);
        }
        return () -> {
            if (previous == null) {
                CURRENT_CALL.remove();
            } else {
                CURRENT_CALL.set(previous);
            }
        };
    }

    static final String KEY = "correlation_id";
    static final String COMPANY = "company_id";
    static final String CALL = "call_id";

    @Override
    public Scope describe(String companyId, String callId) {
        String previousCompany = MDC.get(COMPANY);
        String previousCall = MDC.get(CALL);
        put(COMPANY, companyId);
        put(CALL, callId);
        return () -> {
            restore(COMPANY, previousCompany);
            restore(CALL, previousCall);
        };
    }

    private static void put(String key, String value) {
        if (value != null && !value.isBlank()) {
            MDC.put(key, value);
        }
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }

    @Override
    public Scope enter(String correlationId) {
        String previous = MDC.get(KEY);
        if (correlationId != null) {
            MDC.put(KEY, correlationId);
        }
        return () -> {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        };
    }
}
