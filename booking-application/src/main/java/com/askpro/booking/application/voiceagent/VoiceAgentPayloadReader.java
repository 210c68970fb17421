package com.askpro.booking.application.voiceagent;

/**
 * Outbound port: reads the voice-agent platform's JSON bodies into application records. Lenient about unknown fields
 * and unknown enum values; strict about what the flow needs. Throws
 * {@link MalformedPayloadException} for bodies that are not JSON or lack a required field.
 */
public interface VoiceAgentPayloadReader {

    /** A call-event webhook; requires {@code event} and {@code call.call_id}. */
    AgentCallEvent readEvent(byte[] rawBody);

    /** A {@code call_inbound} webhook; requires {@code call_inbound.to_number}. */
    InboundCallRequest readInbound(byte[] rawBody);

    /** A function call; requires {@code name}. {@code args} may be missing (empty). */
    FunctionCallRequest readFunctionCall(byte[] rawBody);
}
