package com.askpro.booking.adapter.http;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.domain.availability.Unavailability;
import com.askpro.booking.domain.webhook.WebhookSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.core.metrics.Info;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Adapter: the application's counters as Micrometer meters, scraped in Prometheus text format at
 * {@code GET /metrics}, next to JVM and HTTP server metrics. Thread-safe.
 *
 * <p>Every meter has help text; the counters of every known label combination exist at 0 from the
 * start (a rate or an alert needs the series before the first increment); every timer has the
 * same histogram buckets, placed around the SLOs ({@link #SLO_BUCKETS}, 5 ms … 2 s).
 */
public final class PrometheusMetrics implements ApplicationMetrics {

    /** Histogram bucket bounds of every timer: around the latency SLOs of SPEC §4 (acknowledge, function, calendar). */
    public static final List<Duration> SLO_BUCKETS = List.of(
            Duration.ofMillis(5),
            Duration.ofMillis(10),
            Duration.ofMillis(25),
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(250),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5));

    /** The rejection reasons the application reports. */
    public static final List<String> REJECTION_REASONS = List.of("signature", "malformed", "foreign_call");

    /** The booking outcomes {@code BookAppointment} reports: booked, busy, or why the wished time is not free. */
    public static final List<String> BOOKING_OUTCOMES = Stream.concat(
                    Stream.of("booked", "busy"),
                    Arrays.stream(Unavailability.values()).map(Unavailability::code))
            .toList();

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public PrometheusMetrics() {
        registry.config()
                // promtool's lint: no abbreviated unit (process_cpu_time_ns_total; process_cpu_usage stays),
                // no "_count" suffix on a gauge (system_cpu_count becomes system_cpus).
                .meterFilter(MeterFilter.deny(id -> id.getName().equals("process.cpu.time")))
                .meterFilter(new MeterFilter() {
                    @Override
                    public Meter.Id map(Meter.Id id) {
                        return id.getName().equals("system.cpu.count") ? id.withName("system.cpus") : id;
                    }
                });
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(false)
                        .serviceLevelObjectives(SLO_BUCKETS.stream()
                                .mapToDouble(Duration::toNanos)
                                .toArray())
                        .build()
                        .merge(config);
            }
        });
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        for (WebhookSource source : WebhookSource.values()) {
            counter(
                    "askpro_webhooks_received",
                    "Webhooks stored for processing (or answered, for inbound and functions)",
                    source);
            counter(
                    "askpro_webhooks_duplicate",
                    "Webhooks already stored (a retry of the sender): acknowledged, not processed again",
                    source);
            counter("askpro_webhooks_processed", "Webhooks processed", source);
            for (String reason : REJECTION_REASONS) {
                rejected(source, reason);
            }
            failed(source, true);
            failed(source, false);
        }
        unknownNumberCounter();
        for (String outcome : BOOKING_OUTCOMES) {
            bookings(outcome);
        }
        FunctionCounter.builder(
                        "askpro_http_unexpected_errors", UnexpectedErrors.class, ignored -> UnexpectedErrors.count())
                .description("requests answered 500 because of an unexpected exception (should stay 0)")
                .register(registry);
    }

    /** The registry, for adapters that add meters of their own (circuit state, HTTP timings). */
    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    /** {@code askpro_build_info{version,commit} 1}: which build this instance runs. */
    public void buildInfo(String version, String commit) {
        // A Prometheus info metric: Micrometer would strip the "_info" suffix of a gauge's name.
        Info.builder()
                .name("askpro_build_info")
                .help("The running build: always 1, labelled with version and commit")
                .labelNames("version", "commit")
                .register(registry.getPrometheusRegistry())
                .setLabelValues(version, commit);
    }

    /** A gauge read at every scrape (e.g. queue depth); {@code value} may answer NaN when unknown. */
    public void gauge(String name, String description, Supplier<Number> value) {
        gauge(name, description, value, new String[0]);
    }

    /** As {@link #gauge(String, String, Supplier)}, with tags given as name, value, name, value, ... */
    public void gauge(String name, String description, Supplier<Number> value, String... tags) {
        Gauge.builder(name, value).description(description).tags(tags).register(registry);
    }

    @Override
    public void webhookReceived(WebhookSource source) {
        counter(
                        "askpro_webhooks_received",
                        "Webhooks stored for processing (or answered, for inbound and functions)",
                        source)
                .increment();
    }

    @Override
    public void webhookRejected(WebhookSource source, String reason) {
        rejected(source, reason).increment();
    }

    @Override
    public void webhookDuplicate(WebhookSource source) {
        counter(
                        "askpro_webhooks_duplicate",
                        "Webhooks already stored (a retry of the sender): acknowledged, not processed again",
                        source)
                .increment();
    }

    @Override
    public void webhookProcessed(WebhookSource source, Duration latency) {
        counter("askpro_webhooks_processed", "Webhooks processed", source).increment();
        Timer.builder("askpro_webhook_processing_latency")
                .description("Time from a webhook's receipt to its processing")
                .tag("source", tag(source))
                .register(registry)
                .record(latency);
    }

    @Override
    public void webhookFailed(WebhookSource source, boolean dead) {
        failed(source, dead).increment();
    }

    @Override
    public void unknownNumber() {
        unknownNumberCounter().increment();
    }

    @Override
    public void booking(String outcome) {
        bookings(outcome).increment();
    }

    private Counter rejected(WebhookSource source, String reason) {
        return Counter.builder("askpro_webhooks_rejected")
                .description("Webhooks refused before storage (bad signature, malformed)")
                .tag("source", tag(source))
                .tag("reason", reason)
                .register(registry);
    }

    private Counter failed(WebhookSource source, boolean dead) {
        return Counter.builder("askpro_webhooks_failed")
                .description("Failed processing attempts; dead=true: the last attempt, the event is a dead letter")
                .tag("source", tag(source))
                .tag("dead", Boolean.toString(dead))
                .register(registry);
    }

    private Counter unknownNumberCounter() {
        return Counter.builder("askpro_calls_unknown_number")
                .description("Inbound calls to a number no tenant owns")
                .register(registry);
    }

    private Counter bookings(String outcome) {
        return Counter.builder("askpro_bookings")
                .description("Booking attempts by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter counter(String name, String description, WebhookSource source) {
        return Counter.builder(name)
                .description(description)
                .tag("source", tag(source))
                .register(registry);
    }

    private static String tag(WebhookSource source) {
        return source.name().toLowerCase(Locale.ROOT);
    }
}
