package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of acknowledgements (PostgreSQL): {@link #store} hands the event to a writer thread
 * and waits for its commit. A writer takes the first waiting event, adds every event that arrives
 * until {@code window} after that first one was handed over (at most {@code maxBatch}), inserts them
 * in one transaction ({@code INSERT ... ON CONFLICT DO NOTHING} each, so the unique key still
 * dedupes, also within a batch) and answers each caller. A lone event waits at most {@code window}.
 * If the batch's transaction fails, each of its events is stored again on its own, so only the
 * event that cannot be stored fails. Every other port method goes straight to the database.
 */
final class GroupCommitInbox implements WebhookInbox, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitInbox.class);

    private record Pending(
            WebhookEvent event, long handedOverNanos, CompletableFuture<WriteOutcome<WebhookEvent>> answer) {}

    private final Jdbi jdbi;
    private final JdbiWebhookInbox inbox;
    private final long windowNanos;
    private final int maxBatch;
    private final LinkedBlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    GroupCommitInbox(Jdbi jdbi, JdbiWebhookInbox inbox, Duration window, int maxBatch, int writerThreads) {
        this.jdbi = jdbi;
        this.inbox = inbox;
        this.windowNanos = window.toNanos();
        this.maxBatch = maxBatch;
        for (int i = 0; i < writerThreads; i++) {
            Thread writer = new Thread(this::write, "webhook-group-commit-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    @Override
    public WriteOutcome<WebhookEvent> store(WebhookEvent event) {
        if (closed) {
            return inbox.store(event);
        }
        Pending pending = new Pending(event, System.nanoTime(), new CompletableFuture<>());
        waiting.add(pending);
        if (closed && waiting.remove(pending)) {
            return inbox.store(event);
        }
        try {
            return pending.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the event was being stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void write() {
        while (!closed || !waiting.isEmpty()) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, maxBatch - 1);
                long deadline = first.handedOverNanos() + windowNanos;
                while (batch.size() < maxBatch) {
                    long left = deadline - System.nanoTime();
                    Pending next = left > 0 ? waiting.poll(left, TimeUnit.NANOSECONDS) : waiting.poll();
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
            } catch (InterruptedException e) {
                // closing: store what was taken, then drain the rest
            }
            try {
                if (!batch.isEmpty()) {
                    storeBatch(batch);
                }
            } catch (Throwable unexpected) { // never leave a request waiting for an answer
                batch.forEach(pending -> pending.answer().completeExceptionally(unexpected));
                LOG.error("group commit writer failed", unexpected);
            }
        }
    }

    /** One transaction for the batch; if it fails, one transaction per event. Answers every caller. */
    void storeBatch(List<Pending> batch) {
        int[] rows;
        try {
            rows = jdbi.inTransaction(handle -> {
                PreparedBatch insert = handle.prepareBatch(JdbiWebhookInbox.INSERT);
                for (Pending pending : batch) {
                    inbox.bindInsert(insert, pending.event()).add();
                }
                int[] counts = insert.execute();
                inbox.notifyStored(handle);
                return counts;
            });
        } catch (RuntimeException e) {
            LOG.warn(
                    "a group commit of {} webhook events failed ({}); storing each on its own",
                    batch.size(),
                    e.toString());
            for (Pending pending : batch) {
                try {
                    pending.answer().complete(inbox.store(pending.event()));
                } catch (RuntimeException single) {
                    pending.answer().completeExceptionally(single);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            WebhookEvent event = batch.get(i).event();
            batch.get(i)
                    .answer()
                    .complete(
                            rows[i] == 1
                                    ? new WriteOutcome.Written<>(event)
                                    : new WriteOutcome.AlreadyExists<>("webhook_event"));
        }
    }

    /** For tests: stores {@code events} as one batch, the way the writer does. */
    List<CompletableFuture<WriteOutcome<WebhookEvent>>> storeAsOneBatch(List<WebhookEvent> events) {
        List<Pending> batch = events.stream()
                .map(e -> new Pending(e, System.nanoTime(), new CompletableFuture<WriteOutcome<WebhookEvent>>()))
                .toList();
        storeBatch(batch);
        return batch.stream().map(Pending::answer).toList();
    }

    /** Stores what is waiting, then stops the writers; later stores go straight to the database. */
    @Override
    public void close() {
        closed = true;
        for (Thread writer : writers) {
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        for (Pending left; (left = waiting.poll()) != null; ) {
            try {
                left.answer().complete(inbox.store(left.event()));
            } catch (RuntimeException e) {
                left.answer().completeExceptionally(e);
            }
        }
    }

    @Override
    public Optional<WebhookEvent> find(WebhookEventId id) {
        return inbox.find(id);
    }

    @Override
    public Optional<WebhookEvent> find(WebhookSource source, String eventKey) {
        return inbox.find(source, eventKey);
    }

    @Override
    public WriteOutcome<WebhookEvent> update(WebhookEvent event) {
        return inbox.update(event);
    }

    @Override
    public List<WebhookEvent> due(Instant now, int limit) {
        return inbox.due(now, limit);
    }

    @Override
    public Page<WebhookEvent> list(TenantContext tenant, WebhookStatus status, PageRequest page) {
        return inbox.list(tenant, status, page);
    }

    @Override
    public Optional<WebhookEvent> find(TenantContext tenant, WebhookEventId id) {
        return inbox.find(tenant, id);
    }
}
