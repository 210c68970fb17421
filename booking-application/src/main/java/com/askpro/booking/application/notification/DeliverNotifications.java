package com.askpro.booking.application.notification;

import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.NotificationPreferences;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case (background): delivers the due messages of the outbox. Each claimed message is checked
 * against the booking as it is now — a confirmation or reschedule notice for an appointment that
 * no longer holds its time, a reminder for one that moved or was cancelled, a cancellation of a
 * booking that was never announced, and anything for a customer who opted out, are skipped — then
 * rendered in the company's language and handed to the mail server or SMS provider. A failure is
 * retried with the {@link RetryPolicy}'s backoff, then the message is dead (replayable). Logs name
 * ids and kinds only, never an address or a number. The steps are {@link StaleMessageCheck},
 * {@link MessageComposer}, {@link MessageChannels} and {@link DeliveryRecords}.
 */
public final class DeliverNotifications {

    /** First retry after 15 s, then 30 s, 1 min, …: a short outage delays a message by under two minutes. */
    public static final RetryPolicy RETRIES = new RetryPolicy(10, Duration.ofSeconds(15), Duration.ofHours(1));
    /** How long a claimed message is held for one attempt before another instance may take it. */
    static final Duration LEASE = Duration.ofMinutes(2);

    static final int BATCH = 50;

    private final NotificationOutbox outbox;
    private final NotificationPreferences preferences;
    private final StaleMessageCheck check;
    private final MessageComposer composer;
    private final MessageChannels channels;
    private final DeliveryRecords records;
    private final Clock clock;

    /** {@code email} or {@code sms} null: that channel is not configured (its messages fail and end dead). */
    public DeliverNotifications(
            NotificationOutbox outbox,
            NotificationPreferences preferences,
            Appointments appointments,
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            EmailSender email,
            SmsSender sms,
            RetryPolicy retries,
            Clock clock) {
        this(
                outbox,
                preferences,
                appointments,
                companies,
                branches,
                services,
                staff,
                customers,
                email,
                sms,
                retries,
                null,
                clock);
    }

    /** As above; {@code live} (may be null) tells open dashboards when an appointment's message was sent or died. */
    public DeliverNotifications(
            NotificationOutbox outbox,
            NotificationPreferences preferences,
            Appointments appointments,
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            EmailSender email,
            SmsSender sms,
            RetryPolicy retries,
            LiveUpdates live,
            Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.check = new StaleMessageCheck(outbox, preferences, appointments);
        this.composer = new MessageComposer(appointments, companies, branches, services, staff, customers);
        this.channels = new MessageChannels(email, sms);
        this.records = new DeliveryRecords(outbox, retries, live, clock);
        this.clock = clock;
    }

    /** What happened to the messages of one run. */
    public record Result(int sent, int failed, int skipped) {
        public int total() {
            return sent + failed + skipped;
        }
    }

    /** Delivers what is due now (one batch); answers the counts. */
    public Result deliverDue() {
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (Notification notification : outbox.claimDue(clock.instant(), LEASE, BATCH)) {
            switch (deliver(notification)) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        return new Result(sent, failed, skipped);
    }

    private enum Ending {
        SENT,
        FAILED,
        SKIPPED
    }

    private Ending deliver(Notification notification) {
        Instant now = clock.instant();
        TenantContext tenant = TenantContext.of(notification.companyId());
        Optional<RenderedMessage> message;
        try {
            Optional<String> skip = check.reasonToSkip(tenant, notification, now);
            if (skip.isPresent()) {
                records.skipped(notification, skip.get(), now);
                return Ending.SKIPPED;
            }
            message = composer.compose(
                    tenant,
                    notification,
                    channels.fromAddress(),
                    preferences.settings(tenant).replyTo(),
                    now);
        } catch (RuntimeException e) {
            return failed(
                    notification,
                    "preparing the message failed: " + e.getClass().getSimpleName(),
                    now);
        }
        if (message.isEmpty()) {
            records.skippedQuietly(notification, "the booking's details are gone", now);
            return Ending.SKIPPED;
        }
        try {
            channels.send(notification.channel(), message.get());
        } catch (DeliveryFailure e) {
            return failed(notification, e.getMessage(), now);
        } catch (RuntimeException e) {
            return failed(notification, "sending failed: " + e.getClass().getSimpleName(), now);
        }
        records.sent(notification);
        return Ending.SENT;
    }

    private Ending failed(Notification notification, String error, Instant now) {
        records.failed(notification, error, now);
        return Ending.FAILED;
    }
}
