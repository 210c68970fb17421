package com.askpro.booking.application.admin;

import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: a tenant looks at the webhooks received for it and replays dead-lettered ones. The
 * platform key may replay any dead event, including those no tenant owns (an unknown number).
 */
public final class WebhookEventAdministration {

    private final WebhookInbox inbox;
    private final BackgroundJobs jobs;
    private final AuditLog audit;
    private final Clock clock;

    public WebhookEventAdministration(WebhookInbox inbox, BackgroundJobs jobs, AuditLog audit, Clock clock) {
        this.inbox = inbox;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<WebhookEvent> list(Principal caller, String status, PageRequest page) {
        return inbox.list(caller.tenantToRead(), Values.enumValue("status", status, WebhookStatus.class), page);
    }

    public WebhookEvent get(Principal caller, String id) {
        return inbox.find(caller.tenantToRead(), Values.pathId(id, WebhookEventId::new, "webhook event"))
                .orElseThrow(() -> AdminException.notFound("webhook event"));
    }

    /** Puts a dead event back in line and schedules its processing now. */
    public WebhookEvent replay(Principal caller, String id) {
        WebhookEventId eventId = Values.pathId(id, WebhookEventId::new, "webhook event");
        Optional<WebhookEvent> found =
                caller.isPlatform() ? inbox.find(eventId) : inbox.find(caller.tenantToWrite(), eventId);
        WebhookEvent event = found.orElseThrow(() -> AdminException.notFound("webhook event"));
        Instant now = clock.instant();
        Transition<WebhookEvent> replay = event.replay(now);
        if (replay instanceof Transition.Refused<WebhookEvent> refused) {
            throw AdminException.conflict("status", refused.message());
        }
        WebhookEvent replayed = replay.state();
        if (!inbox.update(replayed).isWritten()) {
            throw AdminException.notFound("webhook event");
        }
        jobs.processWebhook(replayed.id(), now);
        audit.record(new AuditLog.Entry(
                event.companyId(), caller.actor(), "webhook_event.replay", "webhook_event:" + id, null, now));
        return replayed;
    }
}
