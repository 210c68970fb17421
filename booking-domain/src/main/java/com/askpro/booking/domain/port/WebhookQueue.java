package com.askpro.booking.domain.port;

import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.time.Instant;
import java.util.List;

/**
 * Outbound port: the webhook inbox read as a work queue, safe with several server instances on one
 * database. A worker {@link #claim claims} due events under a lease (its owner name and an expiry);
 * nobody else claims them until the lease expires, so an instance that dies mid-batch leaves its
 * events to the others after at most one lease. Results are saved with {@link #complete}, which also
 * releases the lease.
 *
 * <p>Order: a claim answers its events in the order they were received, and a worker applies each
 * call's events of its batch in that order. A call's events are not kept in one lease: while one
 * worker holds some of them, another may claim the call's later ones (order holds within a batch,
 * not across workers; applying call events is idempotent and forward-only).
 *
 * <p>The lease writes answer one {@link WriteOutcome} per event, in the order given: {@code Written},
 * {@code VersionConflict} when {@code owner} does not hold the event's lease (it expired and another
 * worker claimed it, or the event was released or completed), or {@code NotFound} when no event has
 * the id. Nothing is written for an event that is not {@code Written}.
 */
public interface WebhookQueue {

    /**
     * Leases up to {@code limit} events that await background processing, are due at {@code now} and
     * are not leased (or whose lease expired) to {@code owner} until {@code leaseUntil}; in the order
     * they were received. Only sources with background processing (Retell call events, Cal.com).
     */
    List<WebhookEvent> claim(String owner, Instant now, Instant leaseUntil, int limit);

    /**
     * Saves the processing results of events {@code owner} leased and releases them, in one
     * transaction: per result {@code Written} with it, or (not saved) {@code VersionConflict} when
     * {@code owner} no longer holds its lease, {@code NotFound} when there is no such event.
     */
    List<WriteOutcome<WebhookEvent>> complete(String owner, List<WebhookEvent> results);

    /**
     * Extends the leases {@code owner} still holds on {@code events} to {@code leaseUntil} (the
     * heartbeat): per event {@code Written} with its id, {@code VersionConflict} or {@code NotFound}.
     */
    List<WriteOutcome<WebhookEventId>> renew(String owner, List<WebhookEventId> events, Instant leaseUntil);

    /**
     * Gives up the leases {@code owner} holds on {@code events} without results (shutdown), so they
     * can be claimed at once: per event {@code Written} with its id, {@code VersionConflict} or
     * {@code NotFound}.
     */
    List<WriteOutcome<WebhookEventId>> release(String owner, List<WebhookEventId> events);
}
