package com.askpro.booking.bootstrap;

import com.askpro.booking.application.port.CorrelationContext;
import org.slf4j.MDC;

/** The correlation id of background work in SLF4J's MDC, under the same key HTTP requests use. */
final class MdcCorrelation implements CorrelationContext {

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
