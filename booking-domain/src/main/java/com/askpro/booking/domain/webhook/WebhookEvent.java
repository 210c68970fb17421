package com.askpro.booking.domain.webhook;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;
import java.util.Optional;

/**
 * A webhook as received, stored verbatim before anything else happens. {@code eventKey} is the
 * deduplication key, unique per {@code source}. {@code companyId} is set once processing has
 * attributed the event to a tenant and stays null for events no tenant owns (an unknown number).
 *
 * <p>Lifecycle: {@code RECEIVED} → {@code PROCESSED}; or, per failed attempt, {@code FAILED} with
 * a next attempt per the {@link RetryPolicy}, until attempts are exhausted or the error is
 * permanent: {@code DEAD}. A dead event can be {@link #replay replayed}.
 *
 * <p>{@code callId} is the voice-agent call the event belongs to (null for other sources): events of
 * one call are processed in the order they were received.
 */
public record WebhookEvent(
        WebhookEventId id,
        WebhookSource source,
        String eventKey,
        String eventType,
        String rawBody,
        String correlationId,
        CompanyId companyId,
        WebhookStatus status,
        int attempts,
        Instant receivedAt,
        Instant nextAttemptAt,
        String lastError,
        Instant processedAt,
        String callId) {

    /** Longest event type ({@code call_started}, {@code BOOKING_CREATED}, ...) accepted. */
    public static final int MAX_EVENT_TYPE = 100;
    /** Longest idempotency key. */
    public static final int MAX_EVENT_KEY = 300;

    public WebhookEvent {
        Require.notNull("id", id);
        Require.notNull("source", source);
        eventKey = Require.text("event_key", eventKey, MAX_EVENT_KEY);
        eventType = Require.line("event_type", eventType, MAX_EVENT_TYPE);
        Require.notNull("raw_body", rawBody);
        correlationId = Require.optionalText("correlation_id", correlationId, 100);
        Require.notNull("status", status);
        if (attempts < 0) {
            throw new InvalidValueException("attempts", "must not be negative");
        }
        Require.notNull("received_at", receivedAt);
        lastError = lastError == null ? null : truncate(lastError);
        callId = Require.optionalText("call_id", callId, MAX_EVENT_KEY);
    }

    /** An event that belongs to no call. */
    public WebhookEvent(
            WebhookEventId id,
            WebhookSource source,
            String eventKey,
            String eventType,
            String rawBody,
            String correlationId,
            CompanyId companyId,
            WebhookStatus status,
            int attempts,
            Instant receivedAt,
            Instant nextAttemptAt,
            String lastError,
            Instant processedAt) {
        this(
                id,
                source,
                eventKey,
                eventType,
                rawBody,
                correlationId,
                companyId,
                status,
                attempts,
                receivedAt,
                nextAttemptAt,
                lastError,
                processedAt,
                null);
    }

    public static WebhookEvent receive(
            WebhookEventId id,
            WebhookSource source,
            String eventKey,
            String eventType,
            String rawBody,
            String correlationId,
            Instant now) {
        return receive(id, source, eventKey, eventType, rawBody, correlationId, null, now);
    }

    /** As received, for call {@code callId} (null: no call). */
    public static WebhookEvent receive(
            WebhookEventId id,
            WebhookSource source,
            String eventKey,
            String eventType,
            String rawBody,
            String correlationId,
            String callId,
            Instant now) {
        return new WebhookEvent(
                id,
                source,
                eventKey,
                eventType,
                rawBody,
                correlationId,
                null,
                WebhookStatus.RECEIVED,
                0,
                now,
                now,
                null,
                null,
                callId);
    }

    public Optional<CompanyId> tenant() {
        return Optional.ofNullable(companyId);
    }

    /** Attributes the event to the tenant that owns it. */
    public WebhookEvent attributedTo(CompanyId company) {
        return new WebhookEvent(
                id,
                source,
                eventKey,
                eventType,
                rawBody,
                correlationId,
                company,
                status,
                attempts,
                receivedAt,
                nextAttemptAt,
                lastError,
                processedAt,
                callId);
    }

    public Transition<WebhookEvent> processed(Instant now) {
        if (status == WebhookStatus.PROCESSED) {
            return Transition.ignored(this, "already processed");
        }
        if (status == WebhookStatus.DEAD) {
            return Transition.refused("webhook_dead", "a dead event must be replayed before it is processed");
        }
        return Transition.applied(new WebhookEvent(
                id,
                source,
                eventKey,
                eventType,
                rawBody,
                correlationId,
                companyId,
                WebhookStatus.PROCESSED,
                attempts + 1,
                receivedAt,
                null,
                null,
                now,
                callId));
    }

    /**
     * An attempt failed. A {@code permanent} error (e.g. no tenant owns the number) goes straight
     * to {@code DEAD}; otherwise the policy decides between another attempt and {@code DEAD}.
     */
    public Transition<WebhookEvent> failed(String error, boolean permanent, RetryPolicy policy, Instant now) {
        Require.text("error", error, 100_000);
        if (!status.awaitsProcessing()) {
            return Transition.refused(
                    "webhook_" + status.name().toLowerCase(java.util.Locale.ROOT),
                    "event is " + status.name().toLowerCase(java.util.Locale.ROOT) + ", nothing to fail");
        }
        int made = attempts + 1;
        boolean retry = !permanent && policy.allowsAnotherAfter(made);
        return Transition.applied(new WebhookEvent(
                id,
                source,
                eventKey,
                eventType,
                rawBody,
                correlationId,
                companyId,
                retry ? WebhookStatus.FAILED : WebhookStatus.DEAD,
                made,
                receivedAt,
                retry ? now.plus(policy.delayAfter(made)) : null,
                error,
                null,
                callId));
    }

    /** Puts a dead event back in line for processing, with a fresh attempt budget. */
    public Transition<WebhookEvent> replay(Instant now) {
        if (status != WebhookStatus.DEAD) {
            return Transition.refused(
                    "webhook_not_dead",
                    "only dead events can be replayed; this one is "
                            + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        return Transition.applied(new WebhookEvent(
                id,
                source,
                eventKey,
                eventType,
                rawBody,
                correlationId,
                companyId,
                WebhookStatus.RECEIVED,
                0,
                receivedAt,
                now,
                lastError,
                null,
                callId));
    }

    private static String truncate(String error) {
        return error.length() <= 2000 ? error : error.substring(0, 2000);
    }
}
