package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.timeline.CallTimeline;
import com.askpro.booking.domain.port.ApiCallLog;

/**
 * Wiring of the per-call debug timeline: the use case on the persistence ports, and the outbound
 * request log that names the call each request was made for (the call the current thread works
 * for, see {@link MdcCorrelation#forCall}).
 */
final class TimelineWiring {

    private TimelineWiring() {}

    static CallTimeline timeline(JdbiPersistence db) {
        return new CallTimeline(db.calls(), db.callHistory());
    }

    /** {@code log}, with each entry that names no call tagged with the current thread's call. */
    static ApiCallLog callTagged(ApiCallLog log) {
        return entry -> log.record(
                entry.callId() != null
                        ? entry
                        : MdcCorrelation.currentCall().map(entry::forCall).orElse(entry));
    }
}
