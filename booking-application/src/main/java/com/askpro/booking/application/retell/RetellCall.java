package com.askpro.booking.application.retell;

import com.askpro.booking.domain.call.CallFacts;

/**
 * What a Retell payload says about a call, translated out of Retell's JSON. Numbers are as Retell
 * sent them (normally E.164; may be null or "anonymous" for withheld callers). {@code direction} and
 * {@code callStatus} are Retell's open strings ({@code inbound}, {@code ongoing}, ...).
 */
public record RetellCall(
        String callId,
        String direction,
        String fromNumber,
        String toNumber,
        String agentId,
        String callStatus,
        CallFacts facts) {
}
