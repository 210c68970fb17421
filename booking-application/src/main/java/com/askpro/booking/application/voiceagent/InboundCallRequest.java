package com.askpro.booking.application.voiceagent;

/** The platform's {@code call_inbound} request: who calls which number; {@code callId} may be absent. */
public record InboundCallRequest(String fromNumber, String toNumber, String agentId, String callId) {}
