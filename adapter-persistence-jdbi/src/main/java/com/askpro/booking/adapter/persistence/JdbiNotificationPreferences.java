package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.NotificationSettings;
import com.askpro.booking.domain.port.NotificationPreferences;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import org.jdbi.v3.core.Jdbi;

/** Adapter: companies' notification settings (table {@code notification_settings}) and customers' opt-outs ({@code customers.notifications}). */
final class JdbiNotificationPreferences implements NotificationPreferences {

    private final Jdbi jdbi;

    JdbiNotificationPreferences(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public NotificationSettings settings(TenantContext tenant) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT reminder_hours, sms_enabled, reply_to FROM notification_settings WHERE company_id = :company
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .map((rs, ctx) -> new NotificationSettings(
                        rs.getInt("reminder_hours"), rs.getBoolean("sms_enabled"), rs.getString("reply_to")))
                .findOne()
                .orElse(NotificationSettings.DEFAULT));
    }

    @Override
    public void saveSettings(TenantContext tenant, NotificationSettings settings) {
        jdbi.useTransaction(handle -> {
            int rows = handle.createUpdate("""
                    UPDATE notification_settings SET reminder_hours = :hours, sms_enabled = :sms, reply_to = :replyTo
                    WHERE company_id = :company
                    """)
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("hours", settings.reminderHours())
                    .bind("sms", settings.smsEnabled())
                    .bind("replyTo", settings.replyTo())
                    .execute();
            if (rows == 0) {
                handle.createUpdate("""
                        INSERT INTO notification_settings (company_id, reminder_hours, sms_enabled, reply_to)
                        VALUES (:company, :hours, :sms, :replyTo)
                        ON CONFLICT DO NOTHING
                        """)
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .bind("hours", settings.reminderHours())
                        .bind("sms", settings.smsEnabled())
                        .bind("replyTo", settings.replyTo())
                        .execute();
            }
        });
    }

    @Override
    public boolean wantsNotifications(TenantContext tenant, CustomerId customer) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT notifications FROM customers WHERE company_id = :company AND id = :id")
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("id", Db.uuid(customer.value()))
                .mapTo(Boolean.class)
                .findOne()
                .orElse(true));
    }

    @Override
    public WriteOutcome<Boolean> setWantsNotifications(TenantContext tenant, CustomerId customer, boolean wanted) {
        int rows = jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE customers SET notifications = :wanted WHERE company_id = :company AND id = :id")
                .bind("wanted", wanted)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("id", Db.uuid(customer.value()))
                .execute());
        return rows == 0 ? new WriteOutcome.NotFound<>() : new WriteOutcome.Written<>(wanted);
    }
}
