package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.calendar.ApplyCalcomWebhook;
import com.askpro.booking.application.call.RecordCallEvent;
import com.askpro.booking.application.call.RecordCallEvents;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.application.webhook.ProcessWebhookBatch;
import com.askpro.booking.application.webhook.ProcessWebhookService;
import com.askpro.booking.domain.webhook.RetryPolicy;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition of the processing of stored webhooks (the voice agent's call events and Cal.com's
 * booking events): the queue's worker claims batches and hands them to {@link ProcessWebhookBatch};
 * an instance with {@code ASKPRO_WEBHOOK_PROCESSING=off} only stores them.
 */
final class WebhookWiring {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWiring.class);

    private WebhookWiring() {}

    /** Starts the queue's worker on this instance, unless the configuration leaves processing to others. */
    static void startProcessing(
            Config config,
            Clock clock,
            JdbiPersistence db,
            Platform platform,
            Catalog catalog,
            Calendars calendars,
            VoiceAgentPayloadReader payloadReader) {
        if (!config.cluster().processesWebhooks()) {
            LOG.info("webhook processing is off on this instance (ASKPRO_WEBHOOK_PROCESSING=off):"
                    + " it stores events, others process them");
            return;
        }
        RecordCallEvent recordCallEvent =
                new RecordCallEvent(catalog.directory(), db.calls(), db.customers(), platform.live(), clock);
        ProcessWebhookService each = new ProcessWebhookService(
                payloadReader,
                recordCallEvent,
                calendars.calcomWebhooks(),
                new ApplyCalcomWebhook(db.companies(), db.appointments(), calendars.calcom(), platform.live(), clock),
                RetryPolicy.WEBHOOKS,
                platform.correlation(),
                platform.metrics(),
                clock,
                platform.live());
        ProcessWebhookBatch batches = new ProcessWebhookBatch(
                each, payloadReader, new RecordCallEvents(recordCallEvent, db.calls(), db.customers(), clock));
        platform.webhooks()
                .startBatches(
                        batch -> batches.attemptAll(batch).stream()
                                .map(ProcessWebhookService.Attempt::next)
                                .toList(),
                        each::saved);
    }
}
