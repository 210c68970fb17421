package com.askpro.booking.application.voiceagent;

import com.askpro.booking.domain.call.CallFacts;

/**
 * What a voice-agent payload says about a call, translated out of the platform's JSON. Numbers are as it
 * sent them (normally E.164; may be null or "anonymous" for withheld callers). {@code direction} and
 * {@code callStatus} are the platform's open strings ({@code inbound}, {@code ongoing}, ...).
 */
public record AgentCall(
        String callId,
        String direction,
        String fromNumber,
        String toNumber,
        String agentId,
        String callStatus,
        CallFacts facts) {}
