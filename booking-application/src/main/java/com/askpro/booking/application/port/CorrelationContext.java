package com.askpro.booking.application.port;

/**
 * Outbound port: makes a correlation id current for the code running inside the scope, so that
 * every log line of a webhook's background processing carries the id of the request that brought
 * it (implemented with the logging framework's context map).
 */
public interface CorrelationContext {

    Scope enter(String correlationId);

    /** Ends the correlation scope; never throws. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    CorrelationContext NONE = id -> () -> { };
}
