package com.askpro.booking.application.webhook;

import com.askpro.booking.application.call.RecordCallEvent;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.port.CorrelationContext;
import com.askpro.booking.application.retell.MalformedPayloadException;
import com.askpro.booking.application.retell.RetellPayloadReader;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Implements {@link ProcessWebhook}: dispatches by source, records the outcome on the event, and
 * schedules the next attempt with exponential backoff until the policy gives up (dead letter).
 */
public final class ProcessWebhookService implements ProcessWebhook {

    private static final System.Logger LOG = System.getLogger(ProcessWebhookService.class.getName());

    private final WebhookInbox inbox;
    private final RetellPayloadReader retellReader;
    private final RecordCallEvent recordCallEvent;
    private final BackgroundJobs jobs;
    private final RetryPolicy retryPolicy;
    private final CorrelationContext correlation;
    private final ApplicationMetrics metrics;
    private final Clock clock;

    public ProcessWebhookService(WebhookInbox inbox, RetellPayloadReader retellReader, RecordCallEvent recordCallEvent,
            BackgroundJobs jobs, RetryPolicy retryPolicy, CorrelationContext correlation, ApplicationMetrics metrics,
            Clock clock) {
        this.inbox = inbox;
        this.retellReader = retellReader;
        this.recordCallEvent = recordCallEvent;
        this.jobs = jobs;
        this.retryPolicy = retryPolicy;
        this.correlation = correlation;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Result process(WebhookEventId id) {
        WebhookEvent event = inbox.find(id).orElse(null);
        if (event == null || !event.status().awaitsProcessing()) {
            return Result.NOTHING_TO_DO;
        }
        try (CorrelationContext.Scope ignored = correlation.enter(event.correlationId())) {
            return attempt(event);
        }
    }

    private Result attempt(WebhookEvent event) {
        RecordCallEvent.Outcome outcome;
        try {
            outcome = switch (event.source()) {
                case RETELL -> recordCallEvent.record(retellReader.readEvent(event.rawBody().getBytes(StandardCharsets.UTF_8)));
                case RETELL_INBOUND, RETELL_FUNCTION, CALCOM ->
                        new RecordCallEvent.Outcome.Unprocessable("no background processing for " + event.source() + " events");
            };
        } catch (MalformedPayloadException e) {
            outcome = new RecordCallEvent.Outcome.Unprocessable("malformed payload: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "processing " + event.eventType() + " " + event.id() + " failed", e);
            return fail(event, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
        Instant now = clock.instant();
        if (outcome instanceof RecordCallEvent.Outcome.Recorded recorded) {
            inbox.update(event.attributedTo(recorded.company()).processed(now).orElseThrow());
            metrics.webhookProcessed(event.source(), Duration.between(event.receivedAt(), now));
            LOG.log(Level.INFO, "processed {0} {1}", event.eventType(), event.id());
            return Result.PROCESSED;
        }
        String why = ((RecordCallEvent.Outcome.Unprocessable) outcome).reason();
        LOG.log(Level.WARNING, "giving up on {0} {1}: {2}", event.eventType(), event.id(), why);
        return fail(event, why, true);
    }

    private Result fail(WebhookEvent event, String error, boolean permanent) {
        Instant now = clock.instant();
        WebhookEvent failed = event.failed(error, permanent, retryPolicy, now).orElseThrow();
        inbox.update(failed);
        boolean dead = failed.status() == WebhookStatus.DEAD;
        metrics.webhookFailed(event.source(), dead);
        if (dead) {
            return Result.DEAD;
        }
        jobs.processWebhook(failed.id(), failed.nextAttemptAt());
        return Result.RETRY_SCHEDULED;
    }
}
