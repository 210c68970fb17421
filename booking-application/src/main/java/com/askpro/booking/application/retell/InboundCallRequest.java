package com.askpro.booking.application.retell;

/** Retell's {@code call_inbound} webhook: who calls which number; {@code callId} may be absent. */
public record InboundCallRequest(String fromNumber, String toNumber, String agentId, String callId) {
}
