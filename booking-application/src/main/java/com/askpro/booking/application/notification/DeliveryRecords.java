package com.askpro.booking.application.notification;

import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.RetryPolicy;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes the outcome of each delivery attempt back to the outbox (sent, skipped, or failed with
 * the {@link RetryPolicy}'s next attempt or dead), logs it by id and kind only — never an address
 * or a number — and tells open dashboards when an appointment's message was sent or died.
 */
final class DeliveryRecords {

    private static final System.Logger LOG = System.getLogger(DeliverNotifications.class.getName());

    private final NotificationOutbox outbox;
    private final RetryPolicy retries;
    private final LiveUpdates live;
    private final Clock clock;

    /** {@code live} may be null (no dashboards to tell). */
    DeliveryRecords(NotificationOutbox outbox, RetryPolicy retries, LiveUpdates live, Clock clock) {
        this.outbox = outbox;
        this.retries = retries;
        this.live = live;
        this.clock = clock;
    }

    void skipped(Notification notification, String reason, Instant now) {
        store(notification.skipped(reason, now));
        LOG.log(
                Level.INFO,
                "notification {0} ({1}/{2}) skipped: {3}",
                notification.id(),
                notification.kind(),
                notification.channel(),
                reason);
    }

    /** Skipped without a log line (the booking's details are gone). */
    void skippedQuietly(Notification notification, String reason, Instant now) {
        store(notification.skipped(reason, now));
    }

    void sent(Notification notification) {
        store(notification.sent(clock.instant()));
        tellDashboards(notification);
        LOG.log(
                Level.INFO,
                "notification {0} ({1}/{2}) sent after {3} attempt(s)",
                notification.id(),
                notification.kind(),
                notification.channel(),
                notification.attempts());
    }

    void failed(Notification notification, String error, Instant now) {
        Transition<Notification> failed = notification.failed(error, retries, now);
        store(failed);
        boolean dead = failed.state().status() == NotificationStatus.DEAD;
        if (dead) {
            tellDashboards(notification);
        }
        LOG.log(
                Level.WARNING,
                "notification {0} ({1}/{2}) attempt {3} failed{4}: {5}",
                notification.id(),
                notification.kind(),
                notification.channel(),
                notification.attempts(),
                dead ? ", now dead" : "",
                error);
    }

    private void tellDashboards(Notification notification) {
        if (live != null) {
            live.publish(new LiveUpdates.Update(
                    TenantContext.of(notification.companyId()),
                    LiveUpdates.Kind.APPOINTMENT,
                    notification.appointmentId().value(),
                    clock.instant()));
        }
    }

    private void store(Transition<Notification> transition) {
        if (transition.changed() && !outbox.update(transition.state()).isWritten()) {
            // removed since it was claimed (the company's data erased): there is nothing left to record
            LOG.log(
                    Level.DEBUG,
                    "notification {0} is gone; its attempt is not recorded",
                    transition.state().id());
        }
    }
}
