package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Adapter: the durable webhook inbox in table {@code webhook_events}, unique per (source, event key); raw bodies
 * encrypted. Each stored row gets the next {@code received_seq} (the order workers apply a call's events in); on
 * PostgreSQL the insert's transaction also notifies channel {@value #CHANNEL}, which wakes idle workers of every
 * instance when it commits.
 */
final class JdbiWebhookInbox implements WebhookInbox {

    static final String RAW_BODY = "webhook_events.raw_body";
    /** The PostgreSQL notification channel of stored events. */
    static final String CHANNEL = "askpro_webhook_events";

    static final String INSERT = """
            INSERT INTO webhook_events (id, source, event_key, event_type, raw_body, correlation_id, company_id,
                                        status, attempts, received_at, next_attempt_at, last_error, processed_at,
                                        received_seq, call_id)
            VALUES (:id, :source, :eventKey, :eventType, :rawBody, :correlationId, :company,
                    :status, :attempts, :receivedAt, :nextAttemptAt, :lastError, :processedAt,
                    nextval('webhook_events_received_seq'), :callId)
            ON CONFLICT DO NOTHING
            """;

    final RowMapper<WebhookEvent> mapper = (rs, ctx) -> {
        UUID company = Db.uuid(rs, "company_id");
        return new WebhookEvent(
                new WebhookEventId(Db.uuid(rs, "id")),
                WebhookSource.valueOf(rs.getString("source")),
                rs.getString("event_key"),
                rs.getString("event_type"),
                cipher().open(rs.getString("raw_body"), RAW_BODY),
                rs.getString("correlation_id"),
                company == null ? null : new CompanyId(company),
                WebhookStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Db.instant(rs, "received_at"),
                Db.instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                Db.instant(rs, "processed_at"),
                rs.getString("call_id"));
    };

    static final String COLUMNS = """
            id, source, event_key, event_type, raw_body, correlation_id, company_id, status, attempts,
            received_at, next_attempt_at, last_error, processed_at, call_id
            """;
    private static final String SELECT = "SELECT " + COLUMNS + "FROM webhook_events\n";

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final boolean postgres;

    JdbiWebhookInbox(Jdbi jdbi, FieldCipher cipher, boolean postgres) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.postgres = postgres;
    }

    /** Binds one event to {@link #INSERT}. */
    <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindInsert(T statement, WebhookEvent event) {
        return statement
                .bind("id", Db.uuid(event.id().value()))
                .bind("source", event.source().name())
                .bind("eventKey", event.eventKey())
                .bind("eventType", event.eventType())
                .bind("rawBody", cipher.seal(event.rawBody(), RAW_BODY))
                .bind("correlationId", event.correlationId())
                .bind("company", Db.uuid(event.tenant().map(CompanyId::value).orElse(null)))
                .bind("status", event.status().name())
                .bind("attempts", event.attempts())
                .bind("receivedAt", Db.ts(event.receivedAt()))
                .bind("nextAttemptAt", Db.ts(event.nextAttemptAt()))
                .bind("lastError", event.lastError())
                .bind("processedAt", Db.ts(event.processedAt()))
                .bind("callId", event.callId());
    }

    /** Wakes the workers of every instance once the current transaction of {@code handle} commits (PostgreSQL). */
    void notifyStored(org.jdbi.v3.core.Handle handle) {
        if (postgres) {
            handle.createQuery("SELECT pg_notify('" + CHANNEL + "', '')")
                    .mapTo(String.class)
                    .one();
        }
    }

    private FieldCipher cipher() {
        return cipher;
    }

    @Override
    public WriteOutcome<WebhookEvent> store(WebhookEvent event) {
        try {
            int rows = jdbi.inTransaction(handle -> {
                int inserted = bindInsert(handle.createUpdate(INSERT), event).execute();
                if (inserted == 1) {
                    notifyStored(handle);
                }
                return inserted;
            });
            return rows == 1 ? new WriteOutcome.Written<>(event) : new WriteOutcome.AlreadyExists<>("webhook_event");
        } catch (JdbiException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return new WriteOutcome.AlreadyExists<>("webhook_event");
            }
            throw e;
        }
    }

    @Override
    public Optional<WebhookEvent> find(WebhookEventId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", Db.uuid(id.value()))
                .map(mapper)
                .findOne());
    }

    @Override
    public Optional<WebhookEvent> find(WebhookSource source, String eventKey) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE source = :source AND event_key = :eventKey")
                .bind("source", source.name())
                .bind("eventKey", eventKey)
                .map(mapper)
                .findOne());
    }

    @Override
    public WriteOutcome<WebhookEvent> update(WebhookEvent event) {
        int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                UPDATE webhook_events
                SET company_id = :company, status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt,
                    last_error = :lastError, processed_at = :processedAt, lease_owner = NULL, lease_until = NULL
                WHERE id = :id
                """)
                .bind("id", Db.uuid(event.id().value()))
                .bind("company", Db.uuid(event.tenant().map(CompanyId::value).orElse(null)))
                .bind("status", event.status().name())
                .bind("attempts", event.attempts())
                .bind("nextAttemptAt", Db.ts(event.nextAttemptAt()))
                .bind("lastError", event.lastError())
                .bind("processedAt", Db.ts(event.processedAt()))
                .execute());
        return rows == 1 ? new WriteOutcome.Written<>(event) : new WriteOutcome.NotFound<>();
    }

    @Override
    public List<WebhookEvent> due(Instant now, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + """
                WHERE status IN ('RECEIVED', 'FAILED') AND next_attempt_at <= :now
                ORDER BY received_at, id
                LIMIT :limit
                """)
                .bind("now", Db.ts(now))
                .bind("limit", limit)
                .map(mapper)
                .list());
    }

    @Override
    public Page<WebhookEvent> list(TenantContext tenant, WebhookStatus status, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .and("status = :status", "status", status == null ? null : status.name())
                .after(Cursor.parse(page.cursor()), "received_at", true);
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(SELECT + "WHERE company_id = :company\n" + where.where()
                            + "ORDER BY received_at DESC, id DESC LIMIT :limit")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("limit", page.limit() + 1);
            where.values().forEach((name, value) -> Db.bindValue(query, name, value));
            return Cursor.page(
                    query.map(mapper).list(), page.limit(), e -> Cursor.after(e.receivedAt(), e.id().value()));
        });
    }

    @Override
    public Optional<WebhookEvent> find(TenantContext tenant, WebhookEventId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id AND company_id = :company")
                .bind("id", Db.uuid(id.value()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .map(mapper)
                .findOne());
    }
}
