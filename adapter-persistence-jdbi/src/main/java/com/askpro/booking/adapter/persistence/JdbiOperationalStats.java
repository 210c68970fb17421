package com.askpro.booking.adapter.persistence;

import com.askpro.booking.application.port.OperationalStats;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter: {@link OperationalStats} from the webhook inbox, db-scheduler's table and the calls —
 * a handful of aggregate queries over indexed columns, the same on H2 and PostgreSQL.
 */
public final class JdbiOperationalStats implements OperationalStats {

    private final Jdbi jdbi;

    public JdbiOperationalStats(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
    }

    @Override
    public Snapshot read(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return jdbi.withHandle(h -> {
            var waiting = h.createQuery("SELECT count(*) AS n, min(received_at) AS oldest FROM webhook_events"
                            + " WHERE status IN ('RECEIVED', 'FAILED')")
                    .map((rs, ctx) -> new Object[] {rs.getLong("n"), rs.getObject("oldest", OffsetDateTime.class)})
                    .one();
            long dead = h.createQuery("SELECT count(*) FROM webhook_events WHERE status = 'DEAD'")
                    .mapTo(Long.class)
                    .one();
            var due = h.createQuery("SELECT count(*) AS n, min(execution_time) AS oldest FROM scheduled_tasks"
                            + " WHERE picked = false AND execution_time <= :now")
                    .bind("now", at)
                    .map((rs, ctx) -> new Object[] {rs.getLong("n"), rs.getObject("oldest", OffsetDateTime.class)})
                    .one();
            long active = h.createQuery("SELECT count(*) FROM calls WHERE status IN ('REGISTERED', 'STARTED')"
                            + " AND created_at > :since")
                    .bind("since", at.minus(ACTIVE_CALL_HORIZON))
                    .mapTo(Long.class)
                    .one();
            return new Snapshot((Long) waiting[0], age(waiting[1], now), dead, (Long) due[0], age(due[1], now), active);
        });
    }

    private static Duration age(Object oldest, Instant now) {
        if (oldest == null) {
            return Duration.ZERO;
        }
        Duration age = Duration.between(((OffsetDateTime) oldest).toInstant(), now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
