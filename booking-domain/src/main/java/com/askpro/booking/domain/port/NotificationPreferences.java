package com.askpro.booking.domain.port;

import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.NotificationSettings;
import com.askpro.booking.domain.tenant.TenantContext;

/** Outbound port: a company's notification settings and its customers' opt-outs. */
public interface NotificationPreferences {

    /** The company's settings, {@link NotificationSettings#DEFAULT} until it sets any. */
    NotificationSettings settings(TenantContext tenant);

    void saveSettings(TenantContext tenant, NotificationSettings settings);

    /** False when the customer asked not to receive messages. */
    boolean wantsNotifications(TenantContext tenant, CustomerId customer);

    /**
     * Records the customer's choice: {@code Written} with the stored choice, or {@code NotFound} when
     * the tenant has no such customer.
     */
    WriteOutcome<Boolean> setWantsNotifications(TenantContext tenant, CustomerId customer, boolean wanted);
}
