package com.askpro.booking.bootstrap;

import com.askpro.booking.application.port.CorrelationContext;
import org.slf4j.MDC;

/** The correlation id of background work in SLF4J's MDC, under the same key HTTP requests use. */
final class MdcCorrelation implements CorrelationContext {

    static final String KEY = "correlation_id";

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
