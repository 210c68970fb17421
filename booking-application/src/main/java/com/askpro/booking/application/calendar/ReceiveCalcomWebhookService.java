package com.askpro.booking.application.calendar;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/** Implements {@link ReceiveCalcomWebhook}: verify → store (commit) → schedule → answer. */
public final class ReceiveCalcomWebhookService implements ReceiveCalcomWebhook {

    private static final System.Logger LOG = System.getLogger(ReceiveCalcomWebhookService.class.getName());

    private final CalendarWebhookReader reader;
    private final WebhookInbox inbox;
    private final BackgroundJobs jobs;
    private final ApplicationMetrics metrics;
    private final Clock clock;

    public ReceiveCalcomWebhookService(
            CalendarWebhookReader reader,
            WebhookInbox inbox,
            BackgroundJobs jobs,
            ApplicationMetrics metrics,
            Clock clock) {
        this.reader = reader;
        this.inbox = inbox;
        this.jobs = jobs;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Receipt receive(byte[] rawBody, String signatureHeader, String correlationId) {
        if (!reader.isAuthentic(rawBody, signatureHeader)) {
            LOG.log(
                    Level.WARNING,
                    "security: rejected Cal.com webhook with {0} signature",
                    signatureHeader == null || signatureHeader.isBlank() ? "no" : "an invalid");
            metrics.webhookRejected(WebhookSource.CALCOM, "signature");
            return new Receipt.Unauthenticated();
        }
        CalendarWebhook webhook;
        try {
            webhook = reader.read(rawBody);
        } catch (CalendarWebhookReader.MalformedWebhookException e) {
            metrics.webhookRejected(WebhookSource.CALCOM, "malformed");
            return new Receipt.Malformed(e.getMessage());
        }
        Instant now = clock.instant();
        WebhookEvent received = WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.CALCOM,
                webhook.dedupeKey(),
                webhook.trigger(),
                new String(rawBody, StandardCharsets.UTF_8),
                correlationId,
                now);
        WriteOutcome<WebhookEvent> stored = inbox.store(received);
        if (stored instanceof WriteOutcome.Written<WebhookEvent> written) {
            metrics.webhookReceived(WebhookSource.CALCOM);
            jobs.processWebhook(written.value().id(), now);
            LOG.log(
                    Level.INFO,
                    "stored Cal.com {0} for booking {1} as {2}",
                    webhook.trigger(),
                    webhook.bookingUid(),
                    received.id());
            return new Receipt.Accepted(written.value().id());
        }
        metrics.webhookDuplicate(WebhookSource.CALCOM);
        WebhookEventId existing = inbox.find(WebhookSource.CALCOM, webhook.dedupeKey())
                .map(WebhookEvent::id)
                .orElseThrow(() -> new IllegalStateException("duplicate event vanished: " + webhook.dedupeKey()));
        LOG.log(
                Level.INFO,
                "duplicate Cal.com {0} for booking {1} (first stored as {2})",
                webhook.trigger(),
                webhook.bookingUid(),
                existing);
        return new Receipt.Duplicate(existing);
    }
}
