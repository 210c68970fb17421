package com.askpro.booking.application.voiceagent;

import java.time.Instant;

/**
 * Outbound port: decides whether a request really comes from the voice-agent platform. It signs every webhook,
 * inbound-call and function request over the raw body bytes; several keys may be valid at once
 * (rotation).
 */
public interface VoiceAgentAuthenticator {

    /** True when {@code signatureHeader} is a valid, fresh signature of {@code rawBody} at {@code now}. */
    boolean isAuthentic(byte[] rawBody, String signatureHeader, Instant now);
}
