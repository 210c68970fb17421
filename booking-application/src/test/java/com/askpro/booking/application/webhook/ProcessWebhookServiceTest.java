package com.askpro.booking.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.call.RecordCallEvent;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.port.CorrelationContext;
import com.askpro.booking.application.voiceagent.AgentCall;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.application.voiceagent.FunctionCallRequest;
import com.askpro.booking.application.voiceagent.InboundCallRequest;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retries, backoff, dead letters and correlation of background processing, without infrastructure. */
class ProcessWebhookServiceTest {

    static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");
    static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofMinutes(1));

    final InMemoryInbox inbox = new InMemoryInbox();
    final RecordingJobs jobs = new RecordingJobs();
    final List<String> correlations = new ArrayList<>();
    final CorrelationContext correlation = id -> {
        correlations.add(id);
        return () -> correlations.add("closed:" + id);
    };
    final VoiceAgentPayloadReader reader = new VoiceAgentPayloadReader() {
        @Override
        public AgentCallEvent readEvent(byte[] rawBody) {
            return new AgentCallEvent(
                    "call_ended",
                    "call_ended:c1",
                    new AgentCall("c1", "inbound", "+4915112345678", "+493083793369", null, "ended", CallFacts.NONE));
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

    private ProcessWebhookService service(TenantDirectory directory) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new ProcessWebhookService(
                inbox,
                reader,
                new RecordCallEvent(directory, null, null, null, clock),
                null,
                null,
                jobs,
                THREE_ATTEMPTS,
                correlation,
                ApplicationMetrics.NONE,
                clock);
    }

    private WebhookEvent stored() {
        WebhookEvent event = WebhookEvent.receive(
                WebhookEventId.newId(), WebhookSource.RETELL, "call_ended:c1", "call_ended", "{}", "req-7", NOW);
        inbox.store(event);
        return event;
    }

    @Test
    void givenATransientFailureWhenProcessingThenFailedWithTheNextAttemptScheduledWithBackoff() {
        WebhookEvent event = stored();
        ProcessWebhookService service = service(number -> {
            throw new IllegalStateException("database unavailable");
        });

        assertThat(service.process(event.id())).isEqualTo(ProcessWebhook.Result.RETRY_SCHEDULED);
        assertThat(service.process(event.id())).isEqualTo(ProcessWebhook.Result.RETRY_SCHEDULED);

        WebhookEvent failed = inbox.find(event.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(WebhookStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).contains("database unavailable");
        assertThat(jobs.scheduled)
                .extracting(RecordingJobs.Scheduled::at)
                .containsExactly(NOW.plusSeconds(5), NOW.plusSeconds(10));
    }

    @Test
    void givenFailuresUntilTheLastAttemptWhenProcessingThenDeadAndNothingMoreScheduled() {
        WebhookEvent event = stored();
        ProcessWebhookService service = service(number -> {
            throw new IllegalStateException("still down");
        });

        service.process(event.id());
        service.process(event.id());
        assertThat(service.process(event.id())).isEqualTo(ProcessWebhook.Result.DEAD);
        assertThat(service.process(event.id())).isEqualTo(ProcessWebhook.Result.NOTHING_TO_DO);

        assertThat(inbox.find(event.id()).orElseThrow().status()).isEqualTo(WebhookStatus.DEAD);
        assertThat(jobs.scheduled).hasSize(2);
    }

    @Test
    void givenANumberNoTenantOwnsWhenProcessingThenDeadAtOnceAndNeverAttributed() {
        WebhookEvent event = stored();

        assertThat(service(number -> Optional.empty()).process(event.id())).isEqualTo(ProcessWebhook.Result.DEAD);

        WebhookEvent dead = inbox.find(event.id()).orElseThrow();
        assertThat(dead.lastError()).contains("no tenant owns the number +493083793369");
        assertThat(dead.companyId()).isNull();
        assertThat(jobs.scheduled).isEmpty();
    }

    @Test
    void givenAStoredEventWhenProcessingThenItRunsUnderTheRequestsCorrelationId() {
        WebhookEvent event = stored();

        service(number -> Optional.empty()).process(event.id());

        assertThat(correlations).containsExactly("req-7", "closed:req-7");
    }

    @Test
    void givenAnUnknownEventIdWhenProcessingThenNothingToDo() {
        assertThat(service(number -> Optional.empty()).process(WebhookEventId.newId()))
                .isEqualTo(ProcessWebhook.Result.NOTHING_TO_DO);
    }
}
