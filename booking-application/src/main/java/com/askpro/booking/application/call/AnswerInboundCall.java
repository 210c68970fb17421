package com.askpro.booking.application.call;

import java.util.Map;

/**
 * Use case: answer the voice-agent platform's {@code call_inbound} request while the caller hears it ring: which
 * business was called and what the agent needs to know (SPEC §4.1). Synchronous and fast.
 */
public interface AnswerInboundCall {

    Answer answer(byte[] rawBody, String signatureHeader, String correlationId);

    /** The answer to the voice-agent platform. */
    sealed interface Answer {
        /** Known number: the agent's dynamic variables (all strings) and call metadata. */
        record Welcome(Map<String, String> dynamicVariables, Map<String, String> metadata) implements Answer {
            public Welcome {
                dynamicVariables = Map.copyOf(dynamicVariables);
                metadata = Map.copyOf(metadata);
            }
        }

        /** No tenant owns the called number; nothing was attributed to anyone. */
        record UnknownNumber(String number) implements Answer {}

        record Unauthenticated() implements Answer {}

        record Malformed(String message) implements Answer {}
    }
}
