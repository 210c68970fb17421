package com.askpro.booking.application.webhook;

import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.webhook.WebhookEvent;
import java.time.Clock;
import java.util.List;

/**
 * Use case (recurring): makes sure every stored event that awaits processing and is due has a job.
 * Closes the gap when a process dies after storing an event but before scheduling it; scheduling
 * an event that already has its job changes nothing.
 */
public final class RescheduleDueWebhooks implements Runnable {

    private static final int BATCH = 500;

    private final WebhookInbox inbox;
    private final BackgroundJobs jobs;
    private final Clock clock;

    public RescheduleDueWebhooks(WebhookInbox inbox, BackgroundJobs jobs, Clock clock) {
        this.inbox = inbox;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void run() {
        List<WebhookEvent> due = inbox.due(clock.instant(), BATCH);
        for (WebhookEvent event : due) {
            jobs.processWebhook(event.id(), event.nextAttemptAt() == null ? event.receivedAt() : event.nextAttemptAt());
        }
    }
}
