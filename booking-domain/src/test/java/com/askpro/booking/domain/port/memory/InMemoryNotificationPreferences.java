package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.NotificationSettings;
import com.askpro.booking.domain.port.NotificationPreferences;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;

/** In memory: each company's settings and the opt-outs of the store's customers. */
final class InMemoryNotificationPreferences implements NotificationPreferences {

    private final InMemoryPorts store;

    InMemoryNotificationPreferences(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public NotificationSettings settings(TenantContext tenant) {
        synchronized (store.lock) {
            return store.notificationSettings.getOrDefault(tenant.companyId(), NotificationSettings.DEFAULT);
        }
    }

    @Override
    public void saveSettings(TenantContext tenant, NotificationSettings settings) {
        synchronized (store.lock) {
            store.notificationSettings.put(tenant.companyId(), settings);
        }
    }

    @Override
    public boolean wantsNotifications(TenantContext tenant, CustomerId customer) {
        synchronized (store.lock) {
            return !isCustomer(tenant, customer) || store.wantsNotifications.getOrDefault(customer, true);
        }
    }

    @Override
    public WriteOutcome<Boolean> setWantsNotifications(TenantContext tenant, CustomerId customer, boolean wanted) {
        synchronized (store.lock) {
            if (!isCustomer(tenant, customer)) {
                return new WriteOutcome.NotFound<>();
            }
            store.wantsNotifications.put(customer, wanted);
            return new WriteOutcome.Written<>(wanted);
        }
    }

    private boolean isCustomer(TenantContext tenant, CustomerId id) {
        Customer customer = store.customers.get(id);
        return customer != null && tenant.owns(customer.companyId());
    }
}
