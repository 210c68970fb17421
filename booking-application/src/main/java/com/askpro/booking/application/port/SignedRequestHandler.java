package com.askpro.booking.application.port;

/**
 * Inbound port between a transport and the adapter that owns a protocol: the HTTP adapter hands
 * over a request's exact bytes and signature and writes back what it is told, without knowing the
 * protocol; the protocol adapter (e.g. the voice agent's function calls) verifies, reads, calls the
 * use cases and writes the reply. {@code bootstrap} connects the two.
 */
public interface SignedRequestHandler {

    Reply handle(byte[] rawBody, String signatureHeader, String correlationId);

    /** What the transport sends back. */
    sealed interface Reply {
        /** Served: the reply body, JSON in UTF-8. */
        record Answered(byte[] json) implements Reply {}

        /** Missing, invalid or stale signature; nothing was read or written. */
        record Unauthenticated() implements Reply {}

        /** Signed, but not a request of this protocol; nothing was written. */
        record Malformed(String message) implements Reply {}
    }
}
