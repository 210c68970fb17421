package com.askpro.booking.application.webhook;

import com.askpro.booking.application.calendar.ApplyCalcomWebhook;
import com.askpro.booking.application.calendar.CalendarWebhookReader;
import com.askpro.booking.application.call.RecordCallEvent;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.port.CorrelationContext;
import com.askpro.booking.application.voiceagent.MalformedPayloadException;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One attempt at a webhook event claimed from the queue ({@code WebhookQueue}): dispatches by source
 * (Retell call events to {@link RecordCallEvent}, Cal.com booking events to {@link ApplyCalcomWebhook})
 * and answers the event's next state — processed, failed with its next attempt after exponential
 * backoff, or dead once the policy gives up (dead letter) — without saving it: the queue's worker saves
 * the states of a whole batch at once and then calls {@link #saved}. Safe to run more than once for the
 * same event: one that no longer awaits processing comes back as it is, and applying a call event twice
 * changes nothing.
 */
public final class ProcessWebhookService {

    private static final System.Logger LOG = System.getLogger(ProcessWebhookService.class.getName());

    private final VoiceAgentPayloadReader payloadReader;
    private final RecordCallEvent recordCallEvent;
    private final CalendarWebhookReader calcomReader;
    private final ApplyCalcomWebhook calcomWebhooks;
    private final RetryPolicy retryPolicy;
    private final CorrelationContext correlation;
    private final ApplicationMetrics metrics;
    private final Clock clock;
    private final LiveUpdates live;

    /** {@code live} (null: none) tells the tenant's open dashboards when one of its events gives up (dead letter). */
    public ProcessWebhookService(
            VoiceAgentPayloadReader payloadReader,
            RecordCallEvent recordCallEvent,
            CalendarWebhookReader calcomReader,
            ApplyCalcomWebhook calcomWebhooks,
            RetryPolicy retryPolicy,
            CorrelationContext correlation,
            ApplicationMetrics metrics,
            Clock clock,
            LiveUpdates live) {
        this.live = live;
        this.payloadReader = payloadReader;
        this.recordCallEvent = recordCallEvent;
        this.calcomReader = calcomReader;
        this.calcomWebhooks = calcomWebhooks;
        this.retryPolicy = retryPolicy;
        this.correlation = correlation;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** What an attempt made of the event. */
    public enum Result {
        PROCESSED,
        RETRY_SCHEDULED,
        DEAD,
        NOTHING_TO_DO
    }

    /**
     * After an event's new state is saved: one that is now dead and belongs to a tenant is announced
     * to the tenant's open dashboards ({@code DEAD_LETTER}), so their dead-letter list shows it.
     */
    public void saved(WebhookEvent event) {
        if (live != null && event.status() == WebhookStatus.DEAD && event.companyId() != null) {
            live.publish(new LiveUpdates.Update(
                    TenantContext.of(event.companyId()),
                    LiveUpdates.Kind.DEAD_LETTER,
                    event.id().value(),
                    clock.instant()));
        }
    }

    /** What one attempt made of an event: its next state (to be saved by the caller) and the result. */
    public record Attempt(WebhookEvent next, Result result) {}

    /**
     * One attempt at {@code event} (e.g. claimed from the queue): applies it and answers its next
     * state — processed, failed with its next attempt, or dead — without saving it; the caller saves
     * the states of many events at once. An event that no longer awaits processing comes back as it is.
     */
    public Attempt attempt(WebhookEvent event) {
        if (!event.status().awaitsProcessing()) {
            return new Attempt(event, Result.NOTHING_TO_DO);
        }
        try (CorrelationContext.Scope ignored = correlation.enter(event.correlationId())) {
            return apply(event);
        }
    }

    private Attempt apply(WebhookEvent event) {
        Handled handled;
        try {
            byte[] body = event.rawBody().getBytes(StandardCharsets.UTF_8);
            handled = switch (event.source()) {
                case RETELL -> Handled.of(recordCallEvent.record(payloadReader.readEvent(body)));
                case CALCOM ->
                    new Handled(calcomWebhooks.apply(calcomReader.read(body)).orElse(null), null);
                case RETELL_INBOUND, RETELL_FUNCTION ->
                    new Handled(null, "no background processing for " + event.source() + " events");
            };
        } catch (MalformedPayloadException | CalendarWebhookReader.MalformedWebhookException e) {
            handled = new Handled(null, "malformed payload: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "processing " + event.eventType() + " " + event.id() + " failed", e);
            return fail(event, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
        return conclude(event, handled);
    }

    /** The attempt at a Retell call event that {@code outcome} recorded (by {@link ProcessWebhookBatch}). */
    Attempt recorded(WebhookEvent event, RecordCallEvent.Outcome outcome) {
        try (CorrelationContext.Scope ignored = correlation.enter(event.correlationId())) {
            return conclude(event, Handled.of(outcome));
        }
    }

    private Attempt conclude(WebhookEvent event, Handled handled) {
        Instant now = clock.instant();
        if (handled.problem() == null) {
            WebhookEvent owned = handled.company() == null ? event : event.attributedTo(handled.company());
            metrics.webhookProcessed(event.source(), Duration.between(event.receivedAt(), now));
            LOG.log(Level.INFO, "processed {0} {1}", event.eventType(), event.id());
            return new Attempt(owned.processed(now).orElseThrow(), Result.PROCESSED);
        }
        LOG.log(Level.WARNING, "giving up on {0} {1}: {2}", event.eventType(), event.id(), handled.problem());
        return fail(event, handled.problem(), true);
    }

    /** Processing done for {@code company} (null: no tenant's), or a permanent {@code problem}. */
    private record Handled(CompanyId company, String problem) {
        static Handled of(RecordCallEvent.Outcome outcome) {
            return outcome instanceof RecordCallEvent.Outcome.Recorded recorded
                    ? new Handled(recorded.company(), null)
                    : new Handled(null, ((RecordCallEvent.Outcome.Unprocessable) outcome).reason());
        }
    }

    private Attempt fail(WebhookEvent event, String error, boolean permanent) {
        Instant now = clock.instant();
        WebhookEvent failed = event.failed(error, permanent, retryPolicy, now).orElseThrow();
        boolean dead = failed.status() == WebhookStatus.DEAD;
        metrics.webhookFailed(event.source(), dead);
        return new Attempt(failed, dead ? Result.DEAD : Result.RETRY_SCHEDULED);
    }
}
