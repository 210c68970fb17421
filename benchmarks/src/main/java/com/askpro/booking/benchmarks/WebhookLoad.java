package com.askpro.booking.benchmarks;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Load generator for a running AskPro Booking server: sends signed Retell requests at a fixed rate
 * for a fixed time and reports throughput, errors and latency percentiles.
 *
 * <p><b>Open loop</b> ({@code --rate R}, the default): request {@code i} is due at
 * {@code start + i/R}, whether or not earlier requests have been answered, and its latency is
 * measured from that <em>due</em> time to the response. A server (or a generator) that stalls
 * therefore shows the stall in the latency of every request that should have been sent meanwhile —
 * the "coordinated omission" correction. <b>Closed loop</b> ({@code --rate 0 --concurrency N}):
 * N virtual clients, each sending its next request when the previous one is answered; for the
 * maximum throughput, not for latency.
 *
 * <p>Mixes: {@code events} — one unique call per three requests: call_started, a ~20 KB call_ended
 * (transcript + transcript objects), call_analyzed, to {@code POST /webhooks/retell} (answer: 204);
 * {@code functions} — one unique call per five requests: list_services then four
 * check_availability (Haarschnitt, next weekday, different times), to
 * {@code POST /webhooks/retell/functions} (answer: 200 JSON).
 *
 * <p>It stops by itself, sends only to {@code --url}, and needs the server's Retell key.
 */
public final class WebhookLoad {

    private static final String USAGE = """
            usage: WebhookLoad --url http://localhost:8080 --key RETELL_KEY [options]
              --rate R          requests per second, open loop (default 200); 0 = closed loop
              --concurrency N   closed loop only: clients sending back to back (default 16)
              --seconds S       measured duration (default 30, at most 3600)
              --warmup S        unmeasured duration before it, same rate (default 5)
              --mix M           events | functions (default events)
              --to NUMBER       dialled number (default +493083793369, the demo tenant)
              --ended-bytes B   size of the call_ended body (default 20000)
              --timeout-ms T    per-request timeout (default 10000)""";

    private static final int MAX_RATE = 50_000;

    record Options(
            URI url,
            String key,
            int rate,
            int concurrency,
            int seconds,
            int warmup,
            String mix,
            String to,
            int endedBytes,
            int timeoutMs) {}

    /** What one measured run produced. */
    public record Result(
            String mix,
            int rate,
            long sent,
            long ok,
            long errors,
            double seconds,
            Histogram latencyUs,
            Map<String, Long> errorKinds) {

        public double throughput() {
            return ok / seconds;
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "RESULT mix=%s mode=%s sent=%d ok=%d errors=%d throughput=%.1f/s p50=%.2fms p90=%.2fms p99=%.2fms p999=%.2fms max=%.2fms",
                    mix,
                    rate > 0 ? "open@" + rate + "/s" : "closed",
                    sent,
                    ok,
                    errors,
                    throughput(),
                    ms(50),
                    ms(90),
                    ms(99),
                    ms(99.9),
                    latencyUs.getMaxValue() / 1000.0);
        }

        double ms(double percentile) {
            return latencyUs.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private final Options options;
    private final HttpClient http;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate day;
    private final AtomicLong phaseCounter = new AtomicLong();

    WebhookLoad(Options options) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        LocalDate next = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        this.day = next;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        Result result = new WebhookLoad(options).run(System.out);
        System.exit(result.ok() == 0 ? 1 : 0);
    }

    static Options parse(String[] args) {
        Map<String, String> values = new ConcurrentHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("bad argument: " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        List<String> known = List.of(
                "url", "key", "rate", "concurrency", "seconds", "warmup", "mix", "to", "ended-bytes", "timeout-ms");
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        String url = values.get("url");
        String key = values.get("key");
        if (url == null || key == null || key.isBlank()) {
            throw new IllegalArgumentException("--url and --key are required");
        }
        URI uri = URI.create(url.endsWith("/") ? url : url + "/");
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--url must be http(s)");
        }
        String mix = values.getOrDefault("mix", "events");
        if (!mix.equals("events") && !mix.equals("functions")) {
            throw new IllegalArgumentException("--mix must be events or functions");
        }
        return new Options(
                uri,
                key,
                bounded(values, "rate", 200, 0, MAX_RATE),
                bounded(values, "concurrency", 16, 1, 1024),
                bounded(values, "seconds", 30, 1, 3600),
                bounded(values, "warmup", 5, 0, 600),
                mix,
                values.getOrDefault("to", DemoFixture.NUMBER),
                bounded(values, "ended-bytes", 20_000, 500, 1_000_000),
                bounded(values, "timeout-ms", 10_000, 100, 60_000));
    }

    private static int bounded(Map<String, String> values, String name, int fallback, int min, int max) {
        String text = values.get(name);
        int value = text == null ? fallback : Integer.parseInt(text.strip());
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
        }
        return value;
    }

    /** One phase (warm-up or measurement): counters and a latency histogram in microseconds. */
    private static final class Phase {
        final Histogram latencyUs = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
        final LongAdder ok = new LongAdder();
        final LongAdder errors = new LongAdder();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong lastCompletionNanos = new AtomicLong();
        final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final long number;

        Phase(long number) {
            this.number = number;
        }
    }

    Result run(PrintStream out) throws InterruptedException {
        out.printf(
                Locale.ROOT,
                "WebhookLoad: %s, mix=%s, %s, warm-up %d s, measured %d s%n",
                options.url(),
                options.mix(),
                options.rate() > 0
                        ? "open loop at " + options.rate() + " req/s"
                        : "closed loop, " + options.concurrency() + " clients",
                options.warmup(),
                options.seconds());
        if (options.warmup() > 0) {
            Phase warm = phase(options.warmup());
            out.printf(
                    Locale.ROOT,
                    "  warm-up: %d sent, %d ok, %d errors, p99 %.2f ms%n",
                    warm.sent.get(),
                    warm.ok.sum(),
                    warm.errors.sum(),
                    warm.latencyUs.getValueAtPercentile(99) / 1000.0);
        }
        long start = System.nanoTime();
        Phase measured = phase(options.seconds());
        long end = Math.max(measured.lastCompletionNanos.get(), start + TimeUnit.SECONDS.toNanos(options.seconds()));
        Map<String, Long> kinds = new java.util.TreeMap<>();
        measured.errorKinds.forEach((k, v) -> kinds.put(k, v.sum()));
        Result result = new Result(
                options.mix(),
                options.rate(),
                measured.sent.get(),
                measured.ok.sum(),
                measured.errors.sum(),
                (end - start) / 1e9,
                measured.latencyUs,
                kinds);
        out.printf(
                Locale.ROOT,
                "  measured: %d sent, %d ok (%.1f/s), %d errors %s%n",
                result.sent(),
                result.ok(),
                result.throughput(),
                result.errors(),
                kinds.isEmpty() ? "" : kinds);
        out.printf(
                Locale.ROOT,
                "  latency%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                options.rate() > 0 ? " (from scheduled send, coordinated-omission corrected)" : " (from send)",
                result.ms(50),
                result.ms(90),
                result.ms(99),
                result.ms(99.9),
                result.latencyUs().getMaxValue() / 1000.0);
        out.println(result.line());
        return result;
    }

    private Phase phase(int seconds) throws InterruptedException {
        Phase phase = new Phase(phaseCounter.incrementAndGet());
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        if (options.rate() > 0) {
            long period = TimeUnit.SECONDS.toNanos(1) / options.rate();
            long total = (long) options.rate() * seconds;
            for (long i = 0; i < total; i++) {
                long due = start + i * period;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                send(phase, i, due, null);
            }
        } else {
            Semaphore clients = new Semaphore(options.concurrency());
            for (long i = 0; System.nanoTime() < deadline; i++) {
                if (!clients.tryAcquire(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    break;
                }
                send(phase, i, System.nanoTime(), clients);
            }
        }
        long drainUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(options.timeoutMs() + 2_000L);
        while (phase.inFlight.get() > 0 && System.nanoTime() < drainUntil) {
            Thread.sleep(5);
        }
        return phase;
    }

    private void send(Phase phase, long i, long dueNanos, Semaphore permit) {
        byte[] body;
        String path;
        if (options.mix().equals("events")) {
            long call = i / 3;
            String callId = "load_" + runId + "_" + phase.number + "_e" + call;
            long startMs = System.currentTimeMillis() - 200_000;
            String from = caller(call);
            body = switch ((int) (i % 3)) {
                case 0 -> Payloads.callStarted(callId, from, options.to(), startMs);
                case 1 -> Payloads.callEnded(callId, from, options.to(), startMs, options.endedBytes());
                default -> Payloads.callAnalyzed(callId, from, options.to(), startMs);
            };
            path = "webhooks/retell";
        } else {
            long call = i / 5;
            String callId = "load_" + runId + "_" + phase.number + "_f" + call;
            long startMs = System.currentTimeMillis() - 30_000;
            String from = caller(call);
            int step = (int) (i % 5);
            body = step == 0
                    ? Payloads.listServices(callId, from, options.to(), startMs)
                    : Payloads.checkAvailability(
                            callId,
                            from,
                            options.to(),
                            startMs,
                            day,
                            String.format(
                                    Locale.ROOT,
                                    "%02d:%02d",
                                    9 + (int) ((i / 5) % 8),
                                    step == 1 ? 0 : 15 * (step - 1)));
            path = "webhooks/retell/functions";
        }
        HttpRequest request = HttpRequest.newBuilder(options.url().resolve(path))
                .timeout(Duration.ofMillis(options.timeoutMs()))
                .header("Content-Type", "application/json")
                .header(
                        "X-Retell-Signature",
                        RetellSignatureVerifier.sign(body, options.key(), System.currentTimeMillis()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        phase.sent.incrementAndGet();
        phase.inFlight.incrementAndGet();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            long now = System.nanoTime();
            phase.latencyUs.recordValue(
                    Math.min(TimeUnit.NANOSECONDS.toMicros(now - dueNanos), TimeUnit.SECONDS.toMicros(120)));
            if (failure == null && response.statusCode() / 100 == 2) {
                phase.ok.increment();
            } else {
                phase.errors.increment();
                String kind = failure == null
                        ? "HTTP " + response.statusCode()
                        : rootCause(failure).getClass().getSimpleName();
                phase.errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
            }
            phase.lastCompletionNanos.accumulateAndGet(now, Math::max);
            phase.inFlight.decrementAndGet();
            if (permit != null) {
                permit.release();
            }
        });
    }

    /** A plausible German mobile caller per call, spread over 100,000 numbers. */
    private static String caller(long call) {
        return "+49151" + (10_000_000 + (call * 7919) % 100_000);
    }

    private static Throwable rootCause(Throwable t) {
        List<Throwable> seen = new ArrayList<>();
        while (t.getCause() != null && !seen.contains(t.getCause())) {
            seen.add(t);
            t = t.getCause();
        }
        return t;
    }
}
