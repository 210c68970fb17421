package com.askpro.booking.application.webhook;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.application.voiceagent.SignedAgentRequests;
import com.askpro.booking.application.voiceagent.VoiceAgentAuthenticator;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
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

/** Implements {@link ReceiveCallEvent}: verify → store (commit) → schedule → answer. */
public final class ReceiveCallEventService implements ReceiveCallEvent {

    private static final System.Logger LOG = System.getLogger(ReceiveCallEventService.class.getName());

    private final SignedAgentRequests requests;
    private final WebhookInbox inbox;
    private final BackgroundJobs jobs;
    private final ApplicationMetrics metrics;
    private final Clock clock;

    public ReceiveCallEventService(
            VoiceAgentAuthenticator authenticator,
            VoiceAgentPayloadReader reader,
            WebhookInbox inbox,
            BackgroundJobs jobs,
            ApplicationMetrics metrics,
            Clock clock) {
        this.requests = new SignedAgentRequests(authenticator, reader, metrics);
        this.inbox = inbox;
        this.jobs = jobs;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Receipt receive(byte[] rawBody, String signatureHeader, String correlationId) {
        Instant now = clock.instant();
        SignedAgentRequests.Opened<AgentCallEvent> opened =
                requests.open(WebhookSource.RETELL, rawBody, signatureHeader, now, VoiceAgentPayloadReader::readEvent);
        if (opened instanceof SignedAgentRequests.Opened.Unauthenticated<AgentCallEvent>) {
            return new Receipt.Unauthenticated();
        }
        if (opened instanceof SignedAgentRequests.Opened.Malformed<AgentCallEvent> malformed) {
            return new Receipt.Malformed(malformed.message());
        }
        AgentCallEvent event = ((SignedAgentRequests.Opened.Verified<AgentCallEvent>) opened).payload();
        WebhookEvent received = WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.RETELL,
                event.dedupeKey(),
                event.event(),
                new String(rawBody, StandardCharsets.UTF_8),
                correlationId,
                event.call().callId(),
                now);
        WriteOutcome<WebhookEvent> stored = inbox.store(received);
        if (stored instanceof WriteOutcome.Written<WebhookEvent> written) {
            metrics.webhookReceived(WebhookSource.RETELL);
            jobs.processWebhook(written.value().id(), now);
            LOG.log(
                    Level.INFO,
                    "stored Retell {0} for call {1} as {2}",
                    event.event(),
                    event.call().callId(),
                    received.id());
            return new Receipt.Accepted(written.value().id());
        }
        metrics.webhookDuplicate(WebhookSource.RETELL);
        WebhookEventId existing = inbox.find(WebhookSource.RETELL, event.dedupeKey())
                .map(WebhookEvent::id)
                .orElseThrow(() -> new IllegalStateException("duplicate event vanished: " + event.dedupeKey()));
        LOG.log(
                Level.INFO,
                "duplicate Retell {0} for call {1} (first stored as {2})",
                event.event(),
                event.call().callId(),
                existing);
        return new Receipt.Duplicate(existing);
    }
}
