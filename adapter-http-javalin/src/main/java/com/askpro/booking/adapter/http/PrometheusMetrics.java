package com.askpro.booking.adapter.http;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.domain.webhook.WebhookSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;

/**
 * Adapter: the application's counters as Micrometer meters, scraped in Prometheus text format at
 * {@code GET /metrics}, next to JVM and HTTP server metrics. Thread-safe.
 */
public final class PrometheusMetrics implements ApplicationMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public PrometheusMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        FunctionCounter.builder("askpro_http_unexpected_errors", UnexpectedErrors.class, ignored -> UnexpectedErrors.count())
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

    @Override
    public void webhookReceived(WebhookSource source) {
        counter("askpro_webhooks_received", source).increment();
    }

    @Override
    public void webhookRejected(WebhookSource source, String reason) {
        Counter.builder("askpro_webhooks_rejected").tag("source", tag(source)).tag("reason", reason).register(registry).increment();
    }

    @Override
    public void webhookDuplicate(WebhookSource source) {
        counter("askpro_webhooks_duplicate", source).increment();
    }

    @Override
    public void webhookProcessed(WebhookSource source, Duration latency) {
        counter("askpro_webhooks_processed", source).increment();
        Timer.builder("askpro_webhook_processing_latency").tag("source", tag(source))
                .publishPercentileHistogram().register(registry).record(latency);
    }

    @Override
    public void webhookFailed(WebhookSource source, boolean dead) {
        Counter.builder("askpro_webhooks_failed").tag("source", tag(source)).tag("dead", Boolean.toString(dead))
                .register(registry).increment();
    }

    @Override
    public void unknownNumber() {
        Counter.builder("askpro_calls_unknown_number").register(registry).increment();
    }

    @Override
    public void booking(String outcome) {
        Counter.builder("askpro_bookings").tag("outcome", outcome).register(registry).increment();
    }

    private Counter counter(String name, WebhookSource source) {
        return Counter.builder(name).tag("source", tag(source)).register(registry);
    }

    private static String tag(WebhookSource source) {
        return source.name().toLowerCase(Locale.ROOT);
    }
}
