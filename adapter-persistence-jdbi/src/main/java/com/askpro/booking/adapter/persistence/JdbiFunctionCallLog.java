package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.port.FunctionCallLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: one row per agent function call in table {@code function_calls}, written in batches off
 * the request path. {@link #record} only queues the entry; a writer thread inserts what has queued
 * up at least every {@code flushEvery} (one transaction for up to {@value #MAX_BATCH} rows), so the
 * agent's answer never waits for the log and many function calls share one commit. A full queue
 * makes {@link #record} write the entry itself (back-pressure, nothing dropped). {@link #flush}
 * writes everything queued so far: reads of the log call it first, so a timeline shows every
 * function call answered before it. What a process crash ({@code kill -9}) loses is the entries of
 * at most the last {@code flushEvery}: this is a debug log, not a record the product promises; the
 * booking itself is written on the request path. A failed write is logged and dropped.
 */
final class JdbiFunctionCallLog implements FunctionCallLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiFunctionCallLog.class);
    private static final int MAX_BATCH = 500;
    private static final int QUEUE = 10_000;
    private static final String INSERT = """
            INSERT INTO function_calls (company_id, call_id, function_name, outcome, reason, appointment_id, requested,
                                        duration_ms, correlation_id, started_at)
            VALUES (:company, :call, :function, :outcome, :reason, :appointment, :requested, :durationMs,
                    :correlationId, :at)
            """;

    private final Jdbi jdbi;
    private final Duration flushEvery;
    private final BlockingQueue<Entry> queued = new ArrayBlockingQueue<>(QUEUE);
    private final Object writing = new Object();
    private final Thread writer;
    private volatile boolean open = true;

    JdbiFunctionCallLog(Jdbi jdbi, Duration flushEvery) {
        this.jdbi = jdbi;
        this.flushEvery = flushEvery;
        this.writer = new Thread(this::run, "function-call-log");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void record(Entry entry) {
        if (!open || !queued.offer(entry)) {
            write(List.of(entry));
        }
    }

    /** Writes every entry queued so far (the writer thread, reads of the log, and close). */
    void flush() {
        synchronized (writing) {
            List<Entry> batch = new ArrayList<>();
            while (queued.drainTo(batch, MAX_BATCH) > 0) {
                write(batch);
                batch.clear();
            }
        }
    }

    private void run() {
        while (open) {
            try {
                // entries stay queued until written under the lock, so flush() always sees every one
                TimeUnit.MILLISECONDS.sleep(flushEvery.toMillis());
                flush();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("function call log writer: {}", e.toString());
            }
        }
    }

    private void write(List<Entry> entries) {
        try {
            jdbi.useTransaction(handle -> {
                PreparedBatch batch = handle.prepareBatch(INSERT);
                for (Entry entry : entries) {
                    batch.bind("company", Db.uuid(entry.companyId().value()))
                            .bind("call", Db.uuid(entry.callId().value()))
                            .bind("function", entry.function())
                            .bind("outcome", entry.outcome())
                            .bind("reason", entry.reason())
                            .bind("appointment", entry.appointmentId())
                            .bind("requested", entry.requested())
                            .bind("durationMs", entry.durationMs())
                            .bind("correlationId", entry.correlationId())
                            .bind("at", Db.ts(entry.startedAt()))
                            .add();
                }
                batch.execute();
            });
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not record {} function calls (first: {} of call {})",
                    entries.size(),
                    entries.get(0).function(),
                    entries.get(0).callId(),
                    e);
        }
    }

    /** Stops the writer and writes what is queued (before the database closes). */
    @Override
    public void close() {
        open = false;
        writer.interrupt();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
