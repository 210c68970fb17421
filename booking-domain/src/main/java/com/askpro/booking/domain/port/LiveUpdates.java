package com.askpro.booking.domain.port;

import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.UUID;

/** Outbound port: tells open dashboards of one tenant that a call or appointment changed. */
public interface LiveUpdates {

    void publish(Update update);

    /** What changed: the kind of record and its id, scoped to one tenant. */
    record Update(TenantContext tenant, Kind kind, UUID id, Instant at) {
        public Update {
            Require.notNull("tenant", tenant);
            Require.notNull("kind", kind);
            Require.notNull("id", id);
            Require.notNull("at", at);
        }
    }

    /** The kinds of record a dashboard shows ({@code DEAD_LETTER}: a webhook event of the tenant gave up). */
    enum Kind {
        CALL,
        APPOINTMENT,
        DEAD_LETTER
    }
}
