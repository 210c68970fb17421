package com.askpro.booking.application.port;

/**
 * Outbound port: makes a correlation id current for the code running inside the scope, so that
 * every log line of a webhook's background processing carries the id of the request that brought
 * it (implemented with the logging framework's context map).
 */
public interface CorrelationContext {

    Scope enter(String correlationId);

    /**
     * Adds the tenant and the call the work in scope is about (either may be null) to the log
     * context, so that its log lines can be filtered by company or call; closing the scope removes them.
     */
    default Scope describe(String companyId, String callId) {
        return () -> { };
    }

    /** Ends the correlation scope; never throws. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    CorrelationContext NONE = id -> () -> { };
}
