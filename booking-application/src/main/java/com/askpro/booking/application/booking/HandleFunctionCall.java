package com.askpro.booking.application.booking;

/**
 * Use case: serve a function call the voice agent makes during a call. Always answers something
 * the agent can speak; only authentication and unreadable bodies are refused.
 */
public interface HandleFunctionCall {

    Reply handle(byte[] rawBody, String signatureHeader, String correlationId);

    /** The reply to Retell. */
    sealed interface Reply {
        /** The function's answer (also for unknown functions and bad arguments). */
        record Answered(String function, FunctionAnswer answer) implements Reply {
        }

        record Unauthenticated() implements Reply {
        }

        record Malformed(String message) implements Reply {
        }
    }
}
