package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.retell.JacksonRetellPayloadReader;
import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.adapter.retell.functions.RetellFunctions;
import com.askpro.booking.adapter.retell.speech.Speech;
import com.askpro.booking.application.call.AnswerInboundCall;
import com.askpro.booking.application.call.AnswerInboundCallService;
import com.askpro.booking.application.port.SignedRequestHandler;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.application.webhook.ReceiveCallEvent;
import com.askpro.booking.application.webhook.ReceiveCallEventService;
import java.time.Clock;

/**
 * Composition of what the voice-agent platform (Retell) calls: its call events, the inbound-call
 * webhook and the booking functions, each verified with the same signature keys and read by the
 * same payload reader of adapter-retell.
 */
final class VoiceAgentWiring {

    /** The voice agent's three entry points, for the HTTP server. */
    record Inbound(ReceiveCallEvent callEvents, AnswerInboundCall inboundCalls, SignedRequestHandler functions) {}

    private VoiceAgentWiring() {}

    /** The payload reader every part that reads the platform's JSON shares. */
    static VoiceAgentPayloadReader payloadReader() {
        return new JacksonRetellPayloadReader();
    }

    static Inbound inbound(
            Config config,
            Clock clock,
            JdbiPersistence db,
            Platform platform,
            Catalog catalog,
            BookingWiring.UseCases booking,
            VoiceAgentPayloadReader payloadReader) {
        RetellSignatureVerifier signatures = new RetellSignatureVerifier(config.retellApiKeys());
        return new Inbound(
                new ReceiveCallEventService(
                        signatures, payloadReader, db.webhookInbox(), platform.jobs(), platform.metrics(), clock),
                answerInboundCalls(clock, db, platform, catalog, signatures, payloadReader),
                new RetellFunctions(
                        signatures,
                        payloadReader,
                        booking.identifyCaller(),
                        booking.forRetell(),
                        platform.metrics(),
                        clock,
                        platform.correlation(),
                        db.functionCallLog()));
    }

    /** The agent's welcome at the start of an inbound call: the caller, the branch (or hotline), the services. */
    private static AnswerInboundCall answerInboundCalls(
            Clock clock,
            JdbiPersistence db,
            Platform platform,
            Catalog catalog,
            RetellSignatureVerifier signatures,
            VoiceAgentPayloadReader payloadReader) {
        return new AnswerInboundCallService(
                signatures,
                payloadReader,
                db.webhookInbox(),
                catalog.directory(),
                db.branches(),
                catalog.services(),
                db.customers(),
                db.appointments(),
                Speech::in,
                platform.metrics(),
                clock);
    }
}
