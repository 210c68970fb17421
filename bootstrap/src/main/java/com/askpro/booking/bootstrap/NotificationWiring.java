package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.notifications.SmtpEmailSender;
import com.askpro.booking.adapter.notifications.TwilioSmsSender;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.admin.NotificationAdministration;
import com.askpro.booking.application.notification.DeliverNotifications;
import com.askpro.booking.application.notification.NotificationPlanner;
import com.askpro.booking.application.notification.NotifyingAppointments;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.LiveUpdates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wiring of the messages to customers (docs/notifications.md): every appointment write carries the
 * messages that announce it ({@link NotifyingAppointments}, stored in the same transaction), and
 * each instance delivers due messages every {@link #POLL_INTERVAL} (claims keep instances from
 * sending one message twice). E-mail needs {@code ASKPRO_SMTP_URL}, SMS the Twilio settings.
 */
final class NotificationWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationWiring.class);

    /** How often each instance looks for due messages. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    private final ScheduledExecutorService delivery;

    private NotificationWiring(ScheduledExecutorService delivery) {
        this.delivery = delivery;
    }

    /** The channels this installation can send on. */
    static Set<Channel> channels(Config config) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (config.notifications().smtp() != null) {
            channels.add(Channel.EMAIL);
        }
        if (config.notifications().twilio() != null) {
            channels.add(Channel.SMS);
        }
        return channels;
    }

    /** Hook: from now on every appointment write of {@code db} carries its messages. Call after {@code publishChangesTo}. */
    static void attach(Config config, JdbiPersistence db, Clock clock) {
        NotificationPlanner planner =
                new NotificationPlanner(db.customers(), db.notificationPreferences(), channels(config));
        db.notifyThrough(appointments -> new NotifyingAppointments(appointments, planner, clock));
    }

    /** The API's use case: the outbox, replays, settings, opt-outs. */
    static NotificationAdministration administration(JdbiPersistence db, Clock clock) {
        return new NotificationAdministration(
                db.notificationOutbox(), db.notificationPreferences(), db.customers(), db.auditLog(), clock);
    }

    /** The delivery use case on the configured mail server and SMS provider. */
    static DeliverNotifications delivery(
            Config config, JdbiPersistence db, Catalog catalog, LiveUpdates live, Clock clock) {
        NotificationConfig settings = config.notifications();
        return new DeliverNotifications(
                db.notificationOutbox(),
                db.notificationPreferences(),
                db.appointments(),
                db.companies(),
                db.branches(),
                catalog.services(),
                catalog.staff(),
                db.customers(),
                settings.smtp() == null ? null : new SmtpEmailSender(settings.smtp()),
                settings.twilio() == null ? null : new TwilioSmsSender(settings.twilio()),
                DeliverNotifications.RETRIES,
                live,
                clock);
    }

    /** Starts delivering due messages on this instance; counts them in {@code askpro_notifications_total{outcome}}. */
    static NotificationWiring start(
            Config config, JdbiPersistence db, Catalog catalog, LiveUpdates live, MeterRegistry registry, Clock clock) {
        DeliverNotifications deliver = delivery(config, db, catalog, live, clock);
        Counter sent = counter(registry, "sent");
        Counter failed = counter(registry, "failed");
        Counter skipped = counter(registry, "skipped");
        for (NotificationStatus status : NotificationStatus.values()) {
            Gauge.builder(
                            "askpro_notifications",
                            db.notificationOutbox(),
                            outbox -> outbox.counts().get(status))
                    .tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
                    .description("messages to customers in the outbox, by status")
                    .register(registry);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "askpro-notifications");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        DeliverNotifications.Result result;
                        do {
                            result = deliver.deliverDue();
                            sent.increment(result.sent());
                            failed.increment(result.failed());
                            skipped.increment(result.skipped());
                        } while (result.total() > 0 && !Thread.currentThread().isInterrupted());
                    } catch (RuntimeException e) {
                        LOG.warn(
                                "delivering notifications failed; trying again in {}: {}",
                                POLL_INTERVAL,
                                e.getMessage());
                    }
                },
                POLL_INTERVAL.toMillis(),
                POLL_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        if (!channels(config).isEmpty()) {
            LOG.info("notifications: sending on {}", channels(config));
        }
        return new NotificationWiring(executor);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("askpro_notifications_delivered")
                .tag("outcome", outcome)
                .description("delivery attempts of messages to customers, by outcome")
                .register(registry);
    }

    @Override
    public void close() {
        delivery.shutdown();
        try {
            if (!delivery.awaitTermination(10, TimeUnit.SECONDS)) {
                delivery.shutdownNow();
            }
        } catch (InterruptedException e) {
            delivery.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
