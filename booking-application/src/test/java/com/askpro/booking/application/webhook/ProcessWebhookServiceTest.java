package com.askpro.booking.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.call.RecordCallEvent;
import com.askpro.booking.application.call.RecordCallEvents;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.port.CorrelationContext;
import com.askpro.booking.application.voiceagent.AgentCall;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.application.voiceagent.FunctionCallRequest;
import com.askpro.booking.application.voiceagent.InboundCallRequest;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.port.memory.InMemoryPorts;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Retries, backoff, dead letters and correlation of background processing, on the path the queue's
 * worker takes: claim due events from the (in-memory) queue, attempt them as a batch
 * ({@link ProcessWebhookBatch}), save the results with the lease ({@code complete}), hear of what was
 * saved ({@link ProcessWebhookService#saved}). Without infrastructure.
 */
class ProcessWebhookServiceTest {

    static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");
    static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofMinutes(1));
    static final Duration LEASE = Duration.ofSeconds(15);

    final InMemoryPorts ports = new InMemoryPorts();
    final MutableClock clock = new MutableClock(NOW);
    final List<String> correlations = new ArrayList<>();
    final List<LiveUpdates.Update> published = new ArrayList<>();
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

    private ProcessWebhookService service;
    private ProcessWebhookBatch batch;

    private void processingWith(TenantDirectory directory) {
        RecordCallEvent record = new RecordCallEvent(directory, ports.calls(), ports.customers(), null, clock);
        service = new ProcessWebhookService(
                reader,
                record,
                null,
                null,
                THREE_ATTEMPTS,
                correlation,
                ApplicationMetrics.NONE,
                clock,
                published::add);
        batch = new ProcessWebhookBatch(
                service, reader, new RecordCallEvents(record, ports.calls(), ports.customers(), clock));
    }

    private WebhookEvent stored() {
        WebhookEvent event = WebhookEvent.receive(
                WebhookEventId.newId(), WebhookSource.RETELL, "call_ended:c1", "call_ended", "{}", "req-7", "c1", NOW);
        ports.webhookInbox().store(event).orElseThrow();
        return event;
    }

    /** One round of the worker at {@code at}: claim what is due, attempt it, save it; the attempts' results. */
    private List<ProcessWebhookService.Result> workAt(Instant at) {
        clock.set(at);
        List<WebhookEvent> claimed = ports.webhookQueue().claim("worker", at, at.plus(LEASE), 10);
        List<ProcessWebhookService.Attempt> attempts = batch.attemptAll(claimed);
        List<WriteOutcome<WebhookEvent>> saved = ports.webhookQueue()
                .complete(
                        "worker",
                        attempts.stream()
                                .map(ProcessWebhookService.Attempt::next)
                                .toList());
        saved.forEach(outcome -> service.saved(outcome.orElseThrow()));
        return attempts.stream().map(ProcessWebhookService.Attempt::result).toList();
    }

    @Test
    void givenATransientFailureWhenProcessingThenFailedAndClaimedAgainAfterTheBackoff() {
        WebhookEvent event = stored();
        processingWith(number -> {
            throw new IllegalStateException("database unavailable");
        });

        assertThat(workAt(NOW)).containsExactly(ProcessWebhookService.Result.RETRY_SCHEDULED);
        assertThat(workAt(NOW.plusSeconds(4))).as("backoff of 5 s").isEmpty();
        assertThat(workAt(NOW.plusSeconds(5))).containsExactly(ProcessWebhookService.Result.RETRY_SCHEDULED);

        WebhookEvent failed = ports.webhookInbox().find(event.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(WebhookStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).contains("database unavailable");
        assertThat(failed.nextAttemptAt()).as("then 10 s").isEqualTo(NOW.plusSeconds(15));
        assertThat(workAt(NOW.plusSeconds(14))).isEmpty();
    }

    @Test
    void givenFailuresUntilTheLastAttemptWhenProcessingThenDeadAndNeverClaimedAgain() {
        WebhookEvent event = stored();
        processingWith(number -> {
            throw new IllegalStateException("still down");
        });

        workAt(NOW);
        workAt(NOW.plusSeconds(5));
        assertThat(workAt(NOW.plusSeconds(15))).containsExactly(ProcessWebhookService.Result.DEAD);
        assertThat(workAt(NOW.plusSeconds(86_400)))
                .as("a dead letter waits for a replay")
                .isEmpty();

        WebhookEvent dead = ports.webhookInbox().find(event.id()).orElseThrow();
        assertThat(dead.status()).isEqualTo(WebhookStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.nextAttemptAt()).isNull();
    }

    @Test
    void givenANumberNoTenantOwnsWhenProcessingThenDeadAtOnceAndNeverAttributed() {
        WebhookEvent event = stored();
        processingWith(number -> Optional.empty());

        assertThat(workAt(NOW)).containsExactly(ProcessWebhookService.Result.DEAD);

        WebhookEvent dead = ports.webhookInbox().find(event.id()).orElseThrow();
        assertThat(dead.lastError()).contains("no tenant owns the number +493083793369");
        assertThat(dead.companyId()).isNull();
        assertThat(published).as("no tenant's dashboard to tell").isEmpty();
    }

    @Test
    void givenAStoredEventWhenProcessingThenItRunsUnderTheRequestsCorrelationId() {
        stored();
        processingWith(number -> Optional.empty());

        workAt(NOW);

        assertThat(correlations).containsExactly("req-7", "closed:req-7");
    }

    @Test
    void givenAnEventThatNoLongerAwaitsProcessingWhenAttemptedThenItComesBackAsItIs() {
        WebhookEvent processed = stored().processed(NOW).orElseThrow();
        processingWith(number -> Optional.empty());

        ProcessWebhookService.Attempt attempt = service.attempt(processed);

        assertThat(attempt)
                .isEqualTo(new ProcessWebhookService.Attempt(processed, ProcessWebhookService.Result.NOTHING_TO_DO));
        assertThat(correlations).isEmpty();
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
