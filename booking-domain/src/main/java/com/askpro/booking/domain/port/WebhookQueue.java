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
     * transaction. A result whose lease {@code owner} no longer holds is not saved; returns how many were.
     */
    int complete(String owner, List<WebhookEvent> results);

    /** Extends the leases {@code owner} still holds on {@code events} to {@code leaseUntil} (the heartbeat); returns how many. */
    int renew(String owner, List<WebhookEventId> events, Instant leaseUntil);

    /** Gives up the leases {@code owner} holds on {@code events} without results (shutdown); returns how many. */
    int release(String owner, List<WebhookEventId> events);
}
