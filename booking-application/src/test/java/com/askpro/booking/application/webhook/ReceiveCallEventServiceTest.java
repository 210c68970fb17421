package com.askpro.booking.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.voiceagent.AgentCall;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.application.voiceagent.FunctionCallRequest;
import com.askpro.booking.application.voiceagent.InboundCallRequest;
import com.askpro.booking.application.voiceagent.MalformedPayloadException;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.port.memory.InMemoryPorts;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReceiveCallEventServiceTest {

    static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");
    static final byte[] BODY = "{\"event\":\"call_started\"}".getBytes(StandardCharsets.UTF_8);

    final WebhookInbox inbox = new InMemoryPorts().webhookInbox();
    final RecordingJobs jobs = new RecordingJobs();
    final VoiceAgentPayloadReader reader = new VoiceAgentPayloadReader() {
        @Override
        public AgentCallEvent readEvent(byte[] rawBody) {
            if (rawBody.length == 0) {
                throw new MalformedPayloadException("body is empty");
            }
            return new AgentCallEvent(
                    "call_started",
                    "call_started:c1",
                    new AgentCall("c1", "inbound", "+4915112345678", "+493083793369", null, "ongoing", CallFacts.NONE));
        }

        @Override
        public InboundCallRequest readInbound(byte[] rawBody) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FunctionCallRequest readFunctionCall(byte[] rawBody) {
            throw new UnsupportedOperationException();
        }
    };

    private ReceiveCallEventService service(boolean authentic) {
        return new ReceiveCallEventService(
                (body, header, now) -> authentic,
                reader,
                inbox,
                jobs,
                ApplicationMetrics.NONE,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void givenAnAuthenticEventWhenReceivedThenStoredVerbatimAndScheduledNow() {
        ReceiveCallEvent.Receipt receipt = service(true).receive(BODY, "v=1,d=x", "req-1");

        assertThat(receipt).isInstanceOf(ReceiveCallEvent.Receipt.Accepted.class);
        var stored = inbox.find(WebhookSource.RETELL, "call_started:c1").orElseThrow();
        assertThat(stored.rawBody()).isEqualTo(new String(BODY, StandardCharsets.UTF_8));
        assertThat(stored.status()).isEqualTo(WebhookStatus.RECEIVED);
        assertThat(stored.correlationId()).isEqualTo("req-1");
        assertThat(jobs.scheduled).containsExactly(new RecordingJobs.Scheduled(stored.id(), NOW));
    }

    @Test
    void givenTheSameEventTwiceWhenReceivedThenTheSecondIsADuplicateAndNotScheduledAgain() {
        var first = (ReceiveCallEvent.Receipt.Accepted) service(true).receive(BODY, "sig", null);

        ReceiveCallEvent.Receipt second = service(true).receive(BODY, "sig", null);

        assertThat(second).isEqualTo(new ReceiveCallEvent.Receipt.Duplicate(first.id()));
        assertThat(inbox.due(NOW, 100)).hasSize(1);
        assertThat(jobs.scheduled).hasSize(1);
    }

    @Test
    void givenAnInauthenticRequestWhenReceivedThenRefusedAndNothingStoredOrScheduled() {
        assertThat(service(false).receive(BODY, null, null))
                .isInstanceOf(ReceiveCallEvent.Receipt.Unauthenticated.class);
        assertThat(inbox.due(NOW, 100)).isEmpty();
        assertThat(jobs.scheduled).isEmpty();
    }

    @Test
    void givenAMalformedBodyWhenReceivedThenMalformedAndNothingStored() {
        assertThat(service(true).receive(new byte[0], "sig", null))
                .isEqualTo(new ReceiveCallEvent.Receipt.Malformed("body is empty"));
        assertThat(inbox.due(NOW, 100)).isEmpty();
    }
}
