package com.askpro.booking.bootstrap;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the graceful shutdown: if it has not finished within {@link #LIMIT}, the watchdog logs
 * where every thread stands (stack frames only, no data) and halts the process. Nothing is lost by
 * that: an acknowledged webhook is committed before its 2xx and unfinished jobs are in the database.
 * An orchestrator kills a slow process anyway (Kubernetes after 30 s by default); this way the log
 * says why it was slow.
 */
final class ShutdownWatchdog {

    /** Longest graceful shutdown: HTTP drain (10 s) plus running jobs (up to 30 s) plus closing. */
    static final Duration LIMIT = Duration.ofSeconds(45);

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownWatchdog.class);

    private final CountDownLatch done = new CountDownLatch(1);
    private final Runnable halt;

    private ShutdownWatchdog(Runnable halt) {
        this.halt = halt;
    }

    /** Watches a shutdown that should finish within {@code limit}; halts the JVM if it does not. */
    static ShutdownWatchdog start(Duration limit) {
        return start(limit, () -> Runtime.getRuntime().halt(1));
    }

    /** As above with {@code halt} run instead of halting (tests). */
    static ShutdownWatchdog start(Duration limit, Runnable halt) {
        ShutdownWatchdog watchdog = new ShutdownWatchdog(halt);
        Thread thread = new Thread(() -> watchdog.watch(limit), "askpro-shutdown-watchdog");
        thread.setDaemon(true);
        thread.start();
        return watchdog;
    }

    void finished() {
        done.countDown();
    }

    private void watch(Duration limit) {
        try {
            if (done.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            return;
        }
        LOG.error(
                "shutdown did not finish within {} ms; stopping hard. Threads still running:\n{}",
                limit.toMillis(),
                threads());
        halt.run();
    }

    static String threads() {
        StringBuilder dump = new StringBuilder();
        for (Map.Entry<Thread, StackTraceElement[]> entry :
                Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            dump.append('"')
                    .append(thread.getName())
                    .append("\" ")
                    .append(thread.getState())
                    .append('\n');
            StackTraceElement[] frames = entry.getValue();
            for (int i = 0; i < Math.min(frames.length, 25); i++) {
                dump.append("    at ").append(frames[i]).append('\n');
            }
        }
        return dump.toString();
    }
}
