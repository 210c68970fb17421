package com.askpro.booking.application.voiceagent;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * What every entry point of the voice-agent platform does first: check the signature on the raw bytes (refusals are
 * logged as security events and counted), then read the body (unreadable bodies are counted).
 * Only a request that passes both reaches the use case.
 */
public final class SignedAgentRequests {

    private static final System.Logger LOG = System.getLogger(SignedAgentRequests.class.getName());

    private final VoiceAgentAuthenticator authenticator;
    private final VoiceAgentPayloadReader reader;
    private final ApplicationMetrics metrics;

    public SignedAgentRequests(
            VoiceAgentAuthenticator authenticator, VoiceAgentPayloadReader reader, ApplicationMetrics metrics) {
        this.authenticator = authenticator;
        this.reader = reader;
        this.metrics = metrics;
    }

    /** A request after the checks. */
    public sealed interface Opened<T> {
        /** Signed and readable. */
        record Verified<T>(T payload) implements Opened<T> {}

        /** Missing, invalid or stale signature: refused, nothing read. */
        record Unauthenticated<T>() implements Opened<T> {}

        /** Signed, but not what the platform sends to this endpoint. */
        record Malformed<T>(String message) implements Opened<T> {}
    }

    /** Checks {@code rawBody} against {@code signatureHeader} at {@code now}, then reads it with {@code read}. */
    public <T> Opened<T> open(
            WebhookSource source,
            byte[] rawBody,
            String signatureHeader,
            Instant now,
            BiFunction<VoiceAgentPayloadReader, byte[], T> read) {
        if (!authenticator.isAuthentic(rawBody, signatureHeader, now)) {
            LOG.log(
                    Level.WARNING,
                    "security: rejected {0} request with {1} signature",
                    source,
                    signatureHeader == null || signatureHeader.isBlank() ? "no" : "an invalid or stale");
            metrics.webhookRejected(source, "signature");
            return new Opened.Unauthenticated<>();
        }
        try {
            return new Opened.Verified<>(read.apply(reader, rawBody));
        } catch (MalformedPayloadException e) {
            metrics.webhookRejected(source, "malformed");
            return new Opened.Malformed<>(e.getMessage());
        }
    }
}
