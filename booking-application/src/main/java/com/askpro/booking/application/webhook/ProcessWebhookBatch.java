package com.askpro.booking.application.webhook;

import com.askpro.booking.application.call.RecordCallEvent;
import com.askpro.booking.application.call.RecordCallEvents;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Use case: one attempt at each event of a batch claimed from the webhook queue, answering each
 * event's next state (saved by the caller for the whole batch). The batch's Retell call events are
 * recorded together by {@link RecordCallEvents} (a few statements for the whole batch instead of
 * several per event); every other event — Cal.com events, unreadable payloads — and, when recording
 * the batch fails as a whole, every event is attempted on its own by {@link ProcessWebhookService},
 * so retries, backoff and dead letters are exactly those of a single event.
 */
public final class ProcessWebhookBatch {

    private static final System.Logger LOG = System.getLogger(ProcessWebhookBatch.class.getName());

    private final ProcessWebhookService each;
    private final VoiceAgentPayloadReader payloadReader;
    private final RecordCallEvents recordCallEvents;

    public ProcessWebhookBatch(
            ProcessWebhookService each, VoiceAgentPayloadReader payloadReader, RecordCallEvents recordCallEvents) {
        this.each = each;
        this.payloadReader = payloadReader;
        this.recordCallEvents = recordCallEvents;
    }

    /** One attempt per event, in the order given (events of one call in received order). */
    public List<ProcessWebhookService.Attempt> attemptAll(List<WebhookEvent> batch) {
        ProcessWebhookService.Attempt[] attempts = new ProcessWebhookService.Attempt[batch.size()];
        List<Integer> together = new ArrayList<>();
        List<AgentCallEvent> parsed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            WebhookEvent event = batch.get(i);
            AgentCallEvent callEvent = readable(event);
            if (callEvent != null) {
                together.add(i);
                parsed.add(callEvent);
            } else {
                attempts[i] = each.attempt(event);
            }
        }
        if (!parsed.isEmpty()) {
            List<RecordCallEvent.Outcome> outcomes;
            try {
                outcomes = recordCallEvents.recordAll(parsed);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "recording {0} call events together failed ({1}); attempting them one by one",
                        parsed.size(),
                        e.toString());
                together.forEach(i -> attempts[i] = each.attempt(batch.get(i)));
                return Arrays.asList(attempts);
            }
            for (int k = 0; k < together.size(); k++) {
                int i = together.get(k);
                attempts[i] = each.recorded(batch.get(i), outcomes.get(k));
            }
        }
        return Arrays.asList(attempts);
    }

    /** The call event of a Retell event awaiting processing; null for anything to be attempted on its own. */
    private AgentCallEvent readable(WebhookEvent event) {
        if (event.source() != WebhookSource.RETELL || !event.status().awaitsProcessing()) {
            return null;
        }
        try {
            return payloadReader.readEvent(event.rawBody().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // unreadable (malformed) or failing: the single attempt gives up or retries with the reason
            return null;
        }
    }
}
