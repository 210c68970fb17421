package com.askpro.booking.adapter.http.api;

import com.askpro.booking.application.admin.NotificationAdministration;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationSettings;
import io.javalin.http.HandlerType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Routes of the messages to customers (docs/notifications.md): the outbox with its dead letters
 * and their replay (like webhook events), the company's notification settings, and a customer's
 * opt-out.
 */
final class NotificationRoutes {

    private static final String V1 = "/api/v1";

    private NotificationRoutes() {}

    record SettingsRequest(Integer reminderHours, Boolean smsEnabled, String replyTo) {}

    record SettingsResource(int reminderHours, boolean smsEnabled, String replyTo) {
        static SettingsResource of(NotificationSettings s) {
            return new SettingsResource(s.reminderHours(), s.smsEnabled(), s.replyTo());
        }
    }

    record CustomerPreferenceRequest(Boolean notifications) {}

    /** One message; the recipient is not shown (it is the customer's address or number). */
    record NotificationResource(
            String id,
            String appointmentId,
            String customerId,
            String kind,
            String channel,
            String status,
            int attempts,
            String nextAttemptAt,
            String lastError,
            String createdAt,
            String sentAt) {
        static NotificationResource of(Notification n) {
            return new NotificationResource(
                    n.id().toString(),
                    n.appointmentId().toString(),
                    n.customerId() == null ? null : n.customerId().toString(),
                    lower(n.kind()),
                    lower(n.channel()),
                    lower(n.status()),
                    n.attempts(),
                    text(n.nextAttemptAt()),
                    n.lastError(),
                    text(n.createdAt()),
                    text(n.sentAt()));
        }
    }

    /** What the appointment API shows of each message of an appointment. */
    record AppointmentNotification(
            String id, String kind, String channel, String status, int attempts, String nextAttemptAt, String sentAt) {
        static AppointmentNotification of(Notification n) {
            return new AppointmentNotification(
                    n.id().toString(),
                    lower(n.kind()),
                    lower(n.channel()),
                    lower(n.status()),
                    n.attempts(),
                    text(n.nextAttemptAt()),
                    text(n.sentAt()));
        }
    }

    static List<ApiRoute> of(NotificationAdministration notifications) {
        return List.of(
                ApiRoute.get(
                        V1 + "/notifications",
                        c -> Answer.ok(ApiResources.list(
                                notifications.list(c.caller(), c.query("status"), c.page()),
                                NotificationResource::of))),
                ApiRoute.get(
                        V1 + "/notifications/{id}",
                        c -> Answer.ok(NotificationResource.of(notifications.get(c.caller(), c.path("id"))))),
                ApiRoute.post(
                        V1 + "/notifications/{id}/replay",
                        c -> Answer.ok(NotificationResource.of(notifications.replay(c.caller(), c.path("id"))))),
                ApiRoute.get(
                        V1 + "/notification-settings",
                        c -> Answer.ok(SettingsResource.of(notifications.settings(c.caller())))),
                new ApiRoute(HandlerType.PUT, V1 + "/notification-settings", false, c -> {
                    SettingsRequest request = c.body(SettingsRequest.class);
                    return Answer.ok(SettingsResource.of(notifications.replaceSettings(
                            c.caller(),
                            new NotificationAdministration.SettingsInput(
                                    request.reminderHours(), request.smsEnabled(), request.replyTo()))));
                }));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
