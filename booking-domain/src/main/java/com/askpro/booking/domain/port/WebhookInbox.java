package com.askpro.booking.domain.port;

import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the durable inbox of received webhooks. {@link #store} commits before the sender
 * gets its 2xx; an event key is stored at most once per source.
 */
public interface WebhookInbox {

    /** {@code Written}, or {@code AlreadyExists} for a duplicate (same source and event key). */
    WriteOutcome<WebhookEvent> store(WebhookEvent event);

    /** Platform-level read, for background processing. */
    Optional<WebhookEvent> find(WebhookEventId id);

    Optional<WebhookEvent> find(WebhookSource source, String eventKey);

    /**
     * Saves processing state (status, attempts, next attempt, error, processed time, attributed tenant)
     * and ends any lease on the event ({@link WebhookQueue}): {@code Written} with {@code event}, or
     * {@code NotFound} when no event has its id. Platform-level, like {@link #find(WebhookEventId)}.
     */
    WriteOutcome<WebhookEvent> update(WebhookEvent event);

    /** Events waiting for processing whose next attempt is due, oldest first (crash recovery). */
    List<WebhookEvent> due(Instant now, int limit);

    /** A tenant's events, newest first; {@code status} null for all. */
    Page<WebhookEvent> list(TenantContext tenant, WebhookStatus status, PageRequest page);

    Optional<WebhookEvent> find(TenantContext tenant, WebhookEventId id);
}
