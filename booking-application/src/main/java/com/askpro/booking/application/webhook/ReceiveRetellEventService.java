package com.askpro.booking.application.webhook;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.retell.RetellAuthenticator;
import com.askpro.booking.application.retell.RetellEvent;
import com.askpro.booking.application.retell.RetellPayloadReader;
import com.askpro.booking.application.retell.SignedRetellRequests;
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

/** Implements {@link ReceiveRetellEvent}: verify → store (commit) → schedule → answer. */
public final class ReceiveRetellEventService implements ReceiveRetellEvent {

    private static final System.Logger LOG = System.getLogger(ReceiveRetellEventService.class.getName());

    private final SignedRetellRequests requests;
    private final WebhookInbox inbox;
    private final BackgroundJobs jobs;
    private final ApplicationMetrics metrics;
    private final Clock clock;

    public ReceiveRetellEventService(RetellAuthenticator authenticator, RetellPayloadReader reader, WebhookInbox inbox,
            BackgroundJobs jobs, ApplicationMetrics metrics, Clock clock) {
        this.requests = new SignedRetellRequests(authenticator, reader, metrics);
        this.inbox = inbox;
        this.jobs = jobs;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Receipt receive(byte[] rawBody, String signatureHeader, String correlationId) {
        Instant now = clock.instant();
        SignedRetellRequests.Opened<RetellEvent> opened =
                requests.open(WebhookSource.RETELL, rawBody, signatureHeader, now, RetellPayloadReader::readEvent);
        if (opened instanceof SignedRetellRequests.Opened.Unauthenticated<RetellEvent>) {
            return new Receipt.Unauthenticated();
        }
        if (opened instanceof SignedRetellRequests.Opened.Malformed<RetellEvent> malformed) {
            return new Receipt.Malformed(malformed.message());
        }
        RetellEvent event = ((SignedRetellRequests.Opened.Verified<RetellEvent>) opened).payload();
        WebhookEvent received = WebhookEvent.receive(WebhookEventId.newId(), WebhookSource.RETELL, event.dedupeKey(),
                event.event(), new String(rawBody, StandardCharsets.UTF_8), correlationId, now);
        WriteOutcome<WebhookEvent> stored = inbox.store(received);
        if (stored instanceof WriteOutcome.Written<WebhookEvent> written) {
            metrics.webhookReceived(WebhookSource.RETELL);
            jobs.processWebhook(written.value().id(), now);
            LOG.log(Level.INFO, "stored Retell {0} for call {1} as {2}", event.event(), event.call().callId(), received.id());
            return new Receipt.Accepted(written.value().id());
        }
        metrics.webhookDuplicate(WebhookSource.RETELL);
        WebhookEventId existing = inbox.find(WebhookSource.RETELL, event.dedupeKey()).map(WebhookEvent::id)
                .orElseThrow(() -> new IllegalStateException("duplicate event vanished: " + event.dedupeKey()));
        LOG.log(Level.INFO, "duplicate Retell {0} for call {1} (first stored as {2})", event.event(), event.call().callId(), existing);
        return new Receipt.Duplicate(existing);
    }
}
