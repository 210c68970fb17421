package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.WebhookQueue;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Adapter: {@link WebhookQueue} on table {@code webhook_events}. PostgreSQL claims with one
 * {@code UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING}: concurrent workers of
 * any instance skip each other's rows instead of waiting. H2 (one process) claims under a JVM-wide
 * lock: read the candidates, then lease each with a conditional update.
 */
final class JdbiWebhookQueue implements WebhookQueue {

    private static final Object H2_CLAIMS = new Object();

    private static final String DUE = """
            status IN ('RECEIVED', 'FAILED') AND source IN ('RETELL', 'CALCOM') AND next_attempt_at <= :now
            AND (lease_until IS NULL OR lease_until < :now)
            """;

    private final Jdbi jdbi;
    private final JdbiWebhookInbox inbox;
    private final boolean postgres;

    JdbiWebhookQueue(Jdbi jdbi, JdbiWebhookInbox inbox, boolean postgres) {
        this.jdbi = jdbi;
        this.inbox = inbox;
        this.postgres = postgres;
    }

    private record Claimed(long seq, WebhookEvent event) {}

    @Override
    public List<WebhookEvent> claim(String owner, Instant now, Instant leaseUntil, int limit) {
        List<Claimed> claimed =
                postgres ? claimOnPostgres(owner, now, leaseUntil, limit) : claimOnH2(owner, now, leaseUntil, limit);
        return claimed.stream()
                .sorted(Comparator.comparingLong(Claimed::seq))
                .map(Claimed::event)
                .toList();
    }

    private List<Claimed> claimOnPostgres(String owner, Instant now, Instant leaseUntil, int limit) {
        return jdbi.inTransaction(handle -> handle.createQuery(
                        "UPDATE webhook_events SET lease_owner = :owner, lease_until = :until\n"
                                + "WHERE id IN (SELECT id FROM webhook_events WHERE " + DUE
                                + "ORDER BY received_seq LIMIT :limit FOR UPDATE SKIP LOCKED)\n"
                                + "RETURNING " + JdbiWebhookInbox.COLUMNS + ", received_seq")
                .bind("owner", owner)
                .bind("until", Db.ts(leaseUntil))
                .bind("now", Db.ts(now))
                .bind("limit", limit)
                .map((rs, ctx) -> new Claimed(rs.getLong("received_seq"), inbox.mapper.map(rs, ctx)))
                .list());
    }

    private List<Claimed> claimOnH2(String owner, Instant now, Instant leaseUntil, int limit) {
        synchronized (H2_CLAIMS) {
            return jdbi.inTransaction(handle -> {
                List<Claimed> candidates = handle.createQuery("SELECT " + JdbiWebhookInbox.COLUMNS + ", received_seq "
                                + "FROM webhook_events WHERE " + DUE + "ORDER BY received_seq LIMIT :limit")
                        .bind("now", Db.ts(now))
                        .bind("limit", limit)
                        .map((rs, ctx) -> new Claimed(rs.getLong("received_seq"), inbox.mapper.map(rs, ctx)))
                        .list();
                List<Claimed> leased = new ArrayList<>();
                for (Claimed candidate : candidates) {
                    int rows = handle.createUpdate(
                                    "UPDATE webhook_events SET lease_owner = :owner, lease_until = :until "
                                            + "WHERE id = :id AND " + DUE)
                            .bind("owner", owner)
                            .bind("until", Db.ts(leaseUntil))
                            .bind("now", Db.ts(now))
                            .bind("id", Db.uuid(candidate.event().id().value()))
                            .execute();
                    if (rows == 1) {
                        leased.add(candidate);
                    }
                }
                return leased;
            });
        }
    }

    @Override
    public List<WriteOutcome<WebhookEvent>> complete(String owner, List<WebhookEvent> results) {
        if (results.isEmpty()) {
            return List.of();
        }
        return jdbi.inTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    UPDATE webhook_events
                    SET company_id = :company, status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt,
                        last_error = :lastError, processed_at = :processedAt, lease_owner = NULL, lease_until = NULL
                    WHERE id = :id AND lease_owner = :owner
                    """);
            for (WebhookEvent event : results) {
                batch.bind("id", Db.uuid(event.id().value()))
                        .bind(
                                "company",
                                Db.uuid(event.tenant().map(CompanyId::value).orElse(null)))
                        .bind("status", event.status().name())
                        .bind("attempts", event.attempts())
                        .bind("nextAttemptAt", Db.ts(event.nextAttemptAt()))
                        .bind("lastError", event.lastError())
                        .bind("processedAt", Db.ts(event.processedAt()))
                        .bind("owner", owner)
                        .add();
            }
            return outcomes(handle, results.stream().map(WebhookEvent::id).toList(), batch.execute(), results::get);
        });
    }

    @Override
    public List<WriteOutcome<WebhookEventId>> renew(String owner, List<WebhookEventId> events, Instant leaseUntil) {
        if (events.isEmpty()) {
            return List.of();
        }
        return jdbi.inTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(
                    "UPDATE webhook_events SET lease_until = :until WHERE id = :id AND lease_owner = :owner");
            for (WebhookEventId event : events) {
                batch.bind("id", Db.uuid(event.value()))
                        .bind("owner", owner)
                        .bind("until", Db.ts(leaseUntil))
                        .add();
            }
            return outcomes(handle, events, batch.execute(), events::get);
        });
    }

    @Override
    public List<WriteOutcome<WebhookEventId>> release(String owner, List<WebhookEventId> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return jdbi.inTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(
                    "UPDATE webhook_events SET lease_owner = NULL, lease_until = NULL WHERE id = :id AND lease_owner = :owner");
            for (WebhookEventId event : events) {
                batch.bind("id", Db.uuid(event.value())).bind("owner", owner).add();
            }
            return outcomes(handle, events, batch.execute(), events::get);
        });
    }

    /**
     * One outcome per conditional update of a lease write: {@code Written} where the row was updated;
     * otherwise the event is looked up (rare: a lost lease) to tell {@code VersionConflict} (the
     * event exists, its lease is not the owner's) from {@code NotFound}.
     */
    private static <T> List<WriteOutcome<T>> outcomes(
            Handle handle, List<WebhookEventId> ids, int[] rows, IntFunction<T> written) {
        List<java.util.UUID> missed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (rows[i] < 1) {
                missed.add(ids.get(i).value());
            }
        }
        Set<java.util.UUID> existing = missed.isEmpty()
                ? Set.of()
                : Set.copyOf(handle.createQuery("SELECT id FROM webhook_events WHERE id IN (<ids>)")
                        .bindList("ids", missed)
                        .map((rs, ctx) -> Db.uuid(rs, "id"))
                        .list());
        List<WriteOutcome<T>> outcomes = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            if (rows[i] >= 1) {
                outcomes.add(new WriteOutcome.Written<>(written.apply(i)));
            } else if (existing.contains(ids.get(i).value())) {
                outcomes.add(new WriteOutcome.VersionConflict<>());
            } else {
                outcomes.add(new WriteOutcome.NotFound<>());
            }
        }
        return outcomes;
    }
}
