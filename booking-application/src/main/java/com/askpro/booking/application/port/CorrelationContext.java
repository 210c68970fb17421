package com.askpro.booking.application.port;

import com.askpro.booking.domain.call.CallId;

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
        return () -> {};
    }

    /**
     * Makes {@code call} (null: none) the call the work in scope is done for, so that what it records
     * on the way — e.g. each outbound calendar request — names the call for its timeline; closing the
     * scope restores the previous one.
     */
    default Scope forCall(CallId call) {
        return () -> {};
    }

    /** Ends the correlation scope; never throws. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    CorrelationContext NONE = id -> () -> {};
}
