package com.askpro.booking.application.call;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.port.Phrasebook;
import com.askpro.booking.application.voiceagent.InboundCallRequest;
import com.askpro.booking.application.voiceagent.SignedAgentRequests;
import com.askpro.booking.application.voiceagent.VoiceAgentAuthenticator;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Implements {@link AnswerInboundCall}: verify, record the request in the webhook inbox, resolve
 * the called number, and describe the business, the bookable services and a known caller — for a
 * company's hotline number the company and its active branches instead of one branch
 * ({@link InboundWelcome}).
 */
public final class AnswerInboundCallService implements AnswerInboundCall {

    private static final System.Logger LOG = System.getLogger(AnswerInboundCallService.class.getName());

    private final SignedAgentRequests requests;
    private final WebhookInbox inbox;
    private final TenantDirectory directory;
    private final InboundWelcome welcome;
    private final ApplicationMetrics metrics;
    private final Clock clock;

    public AnswerInboundCallService(
            VoiceAgentAuthenticator authenticator,
            VoiceAgentPayloadReader reader,
            WebhookInbox inbox,
            TenantDirectory directory,
            Branches branches,
            Services services,
            Customers customers,
            Appointments appointments,
            Phrasebook phrasebook,
            ApplicationMetrics metrics,
            Clock clock) {
        this.requests = new SignedAgentRequests(authenticator, reader, metrics);
        this.inbox = inbox;
        this.directory = directory;
        this.welcome = new InboundWelcome(branches, services, customers, appointments, phrasebook);
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Answer answer(byte[] rawBody, String signatureHeader, String correlationId) {
        Instant now = clock.instant();
        SignedAgentRequests.Opened<InboundCallRequest> opened = requests.open(
                WebhookSource.RETELL_INBOUND, rawBody, signatureHeader, now, VoiceAgentPayloadReader::readInbound);
        if (opened instanceof SignedAgentRequests.Opened.Unauthenticated<InboundCallRequest>) {
            return new Answer.Unauthenticated();
        }
        if (opened instanceof SignedAgentRequests.Opened.Malformed<InboundCallRequest> malformed) {
            return new Answer.Malformed(malformed.message());
        }
        InboundCallRequest request = ((SignedAgentRequests.Opened.Verified<InboundCallRequest>) opened).payload();
        String key = "call_inbound:" + (request.callId() != null ? request.callId() : UUID.randomUUID());
        WebhookEvent event = WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.RETELL_INBOUND,
                key,
                "call_inbound",
                new String(rawBody, StandardCharsets.UTF_8),
                correlationId,
                now);
        boolean firstTime = inbox.store(event).isWritten();
        metrics.webhookReceived(WebhookSource.RETELL_INBOUND);
        Optional<TenantDirectory.Route> route = parse(request.toNumber()).flatMap(directory::route);
        if (route.isEmpty()) {
            metrics.unknownNumber();
            LOG.log(Level.WARNING, "inbound call to {0}: no tenant owns this number", request.toNumber());
            if (firstTime) {
                record(event.failed(
                                "no tenant owns the called number " + request.toNumber(),
                                true,
                                RetryPolicy.WEBHOOKS,
                                now)
                        .orElseThrow());
            }
            return new Answer.UnknownNumber(request.toNumber());
        }
        if (firstTime) {
            record(event.attributedTo(route.get().company().id()).processed(now).orElseThrow());
        }
        return welcome.of(route.get(), parse(request.fromNumber()), now);
    }

    /**
     * Saves what became of the request's inbox row. The row was stored by this request; if it is gone
     * meanwhile (a retention purge), the call is still answered and the loss is only logged.
     */
    private void record(WebhookEvent next) {
        if (!inbox.update(next).isWritten()) {
            LOG.log(
                    Level.WARNING,
                    "inbound call event {0} vanished from the inbox before its outcome was saved",
                    next.id());
        }
    }

    private static Optional<PhoneNumber> parse(String number) {
        try {
            return number == null ? Optional.empty() : Optional.of(PhoneNumber.parse(number));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
