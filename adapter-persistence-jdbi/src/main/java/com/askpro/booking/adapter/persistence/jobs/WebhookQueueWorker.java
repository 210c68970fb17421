package com.askpro.booking.adapter.persistence.jobs;

import com.askpro.booking.domain.port.WebhookQueue;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background processing of the webhook inbox, read as a queue. One claiming thread leases up to
 * {@code batchSize} due events at a time ({@link WebhookQueue#claim}), splits them into at most
 * {@code threads} parts (each call's events whole and in received order in one part), attempts the
 * parts in parallel, and saves all results in one transaction ({@link WebhookQueue#complete}). It claims again at once
 * while there is work; when there is none it sleeps until {@link #wake woken} (the receivers in this
 * process, PostgreSQL notifications from other instances) or {@code poll} passed (retries that became
 * due, events stored around the receivers). A heartbeat renews the leases of the batch in hand every
 * third of {@code lease}; an instance that dies leaves its batch to the others after at most one lease.
 */
public final class WebhookQueueWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookQueueWorker.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    /** How the worker runs: events per claim, parallel calls, lease (heartbeat timeout), polling interval. */
    public record Settings(int batchSize, int threads, Duration lease, Duration poll) {
        public Settings {
            if (batchSize < 1 || threads < 1 || lease.toMillis() < 300 || poll.isNegative() || poll.isZero()) {
                throw new IllegalArgumentException("invalid webhook worker settings");
            }
        }
    }

    private final WebhookQueue queue;
    private final Settings settings;
    private final Clock clock;
    private final String owner;
    private final Object signal = new Object();
    private final Object leases = new Object();
    private boolean signalled;
    private volatile boolean running;
    private volatile List<WebhookEventId> inHand = List.of();
    private Function<List<WebhookEvent>, List<WebhookEvent>> attempt;
    private Consumer<WebhookEvent> afterSave = saved -> {};
    private volatile Thread claimer;
    private ExecutorService pool;
    private ScheduledExecutorService heartbeat;

    public WebhookQueueWorker(WebhookQueue queue, Settings settings, Clock clock) {
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
        String name = ManagementFactory.getRuntimeMXBean().getName();
        this.owner = (name.length() > 60 ? name.substring(0, 60) : name) + "/" + INSTANCES.incrementAndGet() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The name this worker leases events under. */
    public String owner() {
        return owner;
    }

    /**
     * Starts processing: {@code batchAttempt} makes one attempt at each event of a part of a claimed batch
     * (events of one call together, in received order) and answers their next states; an event it leaves
     * out, or a part it throws for, is not saved and is claimed again after its lease. {@code afterSave}
     * hears of each state once its batch is saved (e.g. a dead letter); a state not saved because its
     * lease had moved on is not heard of.
     */
    public synchronized void startBatches(
            Function<List<WebhookEvent>, List<WebhookEvent>> batchAttempt, Consumer<WebhookEvent> afterSave) {
        if (running) {
            return;
        }
        this.attempt = batchAttempt;
        this.afterSave = afterSave;
        AtomicInteger threadNumber = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(
                settings.threads(), task -> daemon(task, "webhook-worker-" + threadNumber.incrementAndGet()));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "webhook-lease-heartbeat"));
        long every = Math.max(100, settings.lease().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        running = true;
        this.claimer = daemon(this::run, "webhook-queue");
        claimer.start();
        LOG.info(
                "webhook queue worker {} started (batch {}, {} threads, lease {}, poll {})",
                owner,
                settings.batchSize(),
                settings.threads(),
                settings.lease(),
                settings.poll());
    }

    /** Work may be waiting: claim now instead of at the next poll. Cheap; call it as often as you like. */
    public void wake() {
        synchronized (signal) {
            signalled = true;
            signal.notifyAll();
        }
    }

    /** True while started and its claiming thread is alive (for readiness). */
    public boolean isRunning() {
        Thread loop = claimer;
        return running && loop != null && loop.isAlive();
    }

    private void run() {
        while (running) {
            int claimed;
            try {
                claimed = processOneBatch();
            } catch (RuntimeException e) {
                LOG.warn(
                        "webhook queue: claiming or saving a batch failed ({}); trying again after {}",
                        e.toString(),
                        settings.poll());
                claimed = 0;
            }
            if (claimed == 0) {
                awaitSignal();
            }
        }
    }

    /** Claims, applies and saves one batch; answers how many events were claimed. */
    int processOneBatch() {
        Instant now = clock.instant();
        List<WebhookEvent> batch = queue.claim(owner, now, now.plus(settings.lease()), settings.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        inHand = batch.stream().map(WebhookEvent::id).toList();
        try {
            List<WebhookEvent> results = applyInCallOrder(batch);
            List<WriteOutcome<WebhookEvent>> outcomes;
            synchronized (leases) {
                outcomes = queue.complete(owner, results);
                inHand = List.of();
            }
            int lost = 0;
            for (WriteOutcome<WebhookEvent> outcome : outcomes) {
                if (!(outcome instanceof WriteOutcome.Written<WebhookEvent> written)) {
                    lost++;
                    continue;
                }
                try {
                    afterSave.accept(written.value());
                } catch (RuntimeException e) {
                    LOG.warn(
                            "after-save hook failed for webhook event {}",
                            written.value().id(),
                            e);
                }
            }
            if (lost > 0) {
                LOG.warn("webhook queue: {} results not saved: this worker no longer held their leases", lost);
            }
        } finally {
            inHand = List.of();
        }
        return batch.size();
    }

    /**
     * Splits the batch into at most {@code threads} parts, each call's events whole and in order in
     * one part (parts balanced by event count), and attempts the parts in parallel.
     */
    private List<WebhookEvent> applyInCallOrder(List<WebhookEvent> batch) {
        Map<String, List<WebhookEvent>> byCall = new LinkedHashMap<>();
        for (WebhookEvent event : batch) {
            String key = event.callId() != null ? "call:" + event.callId() : "event:" + event.id();
            byCall.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        }
        List<List<WebhookEvent>> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.threads(), byCall.size()); i++) {
            parts.add(new ArrayList<>());
        }
        for (List<WebhookEvent> call : byCall.values()) {
            parts.stream()
                    .min(Comparator.comparingInt(List::size))
                    .orElseThrow()
                    .addAll(call);
        }
        List<WebhookEvent> results = Collections.synchronizedList(new ArrayList<>(batch.size()));
        List<Future<?>> running = new ArrayList<>();
        for (List<WebhookEvent> part : parts) {
            running.add(pool.submit(() -> {
                try {
                    results.addAll(attempt.apply(part));
                } catch (RuntimeException e) {
                    // Not saved: the leases expire and the events are claimed again.
                    LOG.warn(
                            "{} webhook events could not be attempted ({}); they are claimed again after their lease",
                            part.size(),
                            e.toString());
                }
            }));
        }
        for (Future<?> part : running) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("webhook worker failed", e.getCause());
            }
        }
        return new ArrayList<>(results);
    }

    private void awaitSignal() {
        synchronized (signal) {
            long deadline = System.nanoTime() + settings.poll().toNanos();
            while (!signalled && running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                } catch (InterruptedException e) {
                    return;
                }
            }
            signalled = false;
        }
    }

    private void renew() {
        List<WebhookEventId> held = inHand;
        if (held.isEmpty()) {
            return;
        }
        try {
            // never beside the batch's completion: both update the same rows, in different orders (deadlock)
            synchronized (leases) {
                if (inHand == held) {
                    queue.renew(owner, held, clock.instant().plus(settings.lease()));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("renewing webhook leases failed ({})", e.toString());
        }
    }

    /** Stops claiming, lets the batch in hand finish (bounded by its lease) and saves it. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            claimer.join(Math.min(settings.lease().toMillis(), 5_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        heartbeat.shutdownNow();
        List<WebhookEventId> held = inHand;
        if (!held.isEmpty()) {
            try {
                queue.release(owner, held);
            } catch (RuntimeException e) {
                LOG.warn("releasing webhook leases failed ({}); they expire after {}", e.toString(), settings.lease());
            }
        }
        LOG.info("webhook queue worker {} stopped", owner);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
