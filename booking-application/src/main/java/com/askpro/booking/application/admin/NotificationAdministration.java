package com.askpro.booking.application.admin;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationId;
import com.askpro.booking.domain.notification.NotificationSettings;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.NotificationPreferences;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Use case: a tenant looks at the messages sent to its customers (and why one was not), replays
 * dead ones, sets its reminder lead time, SMS and reply-to address, and records a customer's
 * opt-out. Mirrors {@link WebhookEventAdministration}.
 */
public final class NotificationAdministration {

    private final NotificationOutbox outbox;
    private final NotificationPreferences preferences;
    private final Customers customers;
    private final AuditLog audit;
    private final Clock clock;

    public NotificationAdministration(
            NotificationOutbox outbox,
            NotificationPreferences preferences,
            Customers customers,
            AuditLog audit,
            Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    /** A company's settings as the API writes them; null fields take the defaults (24 hours, no SMS, no reply-to). */
    public record SettingsInput(Integer reminderHours, Boolean smsEnabled, String replyTo) {}

    public Page<Notification> list(Principal caller, String status, PageRequest page) {
        return outbox.list(caller.tenantToRead(), Values.enumValue("status", status, NotificationStatus.class), page);
    }

    public Notification get(Principal caller, String id) {
        return outbox.find(caller.tenantToRead(), Values.pathId(id, NotificationId::new, "notification"))
                .orElseThrow(() -> AdminException.notFound("notification"));
    }

    /** Puts a dead message back in line: the next delivery run tries it again. */
    public Notification replay(Principal caller, String id) {
        TenantContext tenant = caller.tenantToWrite();
        Notification notification = outbox.find(tenant, Values.pathId(id, NotificationId::new, "notification"))
                .orElseThrow(() -> AdminException.notFound("notification"));
        Instant now = clock.instant();
        Transition<Notification> replay = notification.replay(now);
        if (replay instanceof Transition.Refused<Notification> refused) {
            throw AdminException.conflict("status", refused.message());
        }
        Notification stored =
                outbox.update(replay.state()).written().orElseThrow(() -> AdminException.notFound("notification"));
        audit.record(new AuditLog.Entry(
                tenant.companyId(), caller.actor(), "notification.replay", "notification:" + id, null, now));
        return stored;
    }

    /** Each appointment's messages, oldest first (the appointment API shows them). */
    public Map<AppointmentId, List<Notification>> ofAppointments(
            Principal caller, Collection<AppointmentId> appointments) {
        return outbox.forAppointments(caller.tenantToRead(), appointments);
    }

    public NotificationSettings settings(Principal caller) {
        return preferences.settings(caller.tenantToRead());
    }

    /** Replaces the company's settings (PUT): absent fields take their defaults. */
    public NotificationSettings replaceSettings(Principal caller, SettingsInput input) {
        TenantContext tenant = caller.tenantToWrite();
        NotificationSettings settings = new NotificationSettings(
                input.reminderHours() == null ? NotificationSettings.DEFAULT_REMINDER_HOURS : input.reminderHours(),
                input.smsEnabled() != null && input.smsEnabled(),
                input.replyTo());
        preferences.saveSettings(tenant, settings);
        audit.record(new AuditLog.Entry(
                tenant.companyId(),
                caller.actor(),
                "notification_settings.update",
                "company:" + tenant.companyId(),
                "reminder_hours,sms_enabled,reply_to",
                clock.instant()));
        return settings;
    }

    /** Whether the customer receives messages. */
    public boolean wantsNotifications(Principal caller, CustomerId customer) {
        return preferences.wantsNotifications(caller.tenantToRead(), customer);
    }

    /** Records the customer's choice ({@code PATCH /customers/{id}} with {@code notifications}). */
    public void setWantsNotifications(Principal caller, String customerId, boolean wanted) {
        TenantContext tenant = caller.tenantToWrite();
        CustomerId id = Values.pathId(customerId, CustomerId::new, "customer");
        if (customers.find(tenant, id).isEmpty()
                || !preferences.setWantsNotifications(tenant, id, wanted).isWritten()) {
            throw AdminException.notFound("customer");
        }
        audit.record(new AuditLog.Entry(
                tenant.companyId(),
                caller.actor(),
                "customer.notifications",
                "customer:" + id,
                wanted ? "on" : "off",
                clock.instant()));
    }
}
