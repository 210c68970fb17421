package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.NotificationSettings;
import com.askpro.booking.domain.port.NotificationPreferences;
import com.askpro.booking.domain.port.WriteOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@code NotificationPreferences} port: a company's settings (the default until it
 * saves any, the last save winning) and its customers' opt-outs, each scoped to its tenant. Runs on
 * H2, PostgreSQL and in memory.
 */
abstract class NotificationPreferencesContract extends PortsTest {

    private Fixtures t;
    private Fixtures other;
    private NotificationPreferences preferences;

    @BeforeEach
    void tenants() {
        t = Fixtures.create(persistence);
        other = Fixtures.create(persistence);
        preferences = persistence.notificationPreferences();
    }

    @Test
    void settingsAreTheDefaultUntilSavedAndTheLastSaveWinsPerTenant() {
        assertThat(preferences.settings(t.tenant())).isEqualTo(NotificationSettings.DEFAULT);

        preferences.saveSettings(t.tenant(), new NotificationSettings(2, true, "salon@example.com"));
        preferences.saveSettings(t.tenant(), new NotificationSettings(0, true, null));

        assertThat(preferences.settings(t.tenant())).isEqualTo(new NotificationSettings(0, true, null));
        assertThat(preferences.settings(other.tenant())).isEqualTo(NotificationSettings.DEFAULT);
    }

    @Test
    void aCustomerWantsMessagesUntilOptingOutAndMayOptInAgain() {
        CustomerId customer = t.customer().id();
        assertThat(preferences.wantsNotifications(t.tenant(), customer)).isTrue();

        assertThat(preferences.setWantsNotifications(t.tenant(), customer, false))
                .isEqualTo(new WriteOutcome.Written<>(false));
        assertThat(preferences.wantsNotifications(t.tenant(), customer)).isFalse();

        assertThat(preferences.setWantsNotifications(t.tenant(), customer, true))
                .isEqualTo(new WriteOutcome.Written<>(true));
        assertThat(preferences.wantsNotifications(t.tenant(), customer)).isTrue();
    }

    @Test
    void anotherTenantsOrAnUnknownCustomerIsNotFoundAndKeepsItsChoice() {
        CustomerId customer = t.customer().id();
        preferences.setWantsNotifications(t.tenant(), customer, false).orElseThrow();

        assertThat(preferences.setWantsNotifications(other.tenant(), customer, true))
                .isEqualTo(new WriteOutcome.NotFound<>());
        assertThat(preferences.setWantsNotifications(t.tenant(), CustomerId.newId(), false))
                .isEqualTo(new WriteOutcome.NotFound<>());

        assertThat(preferences.wantsNotifications(t.tenant(), customer)).isFalse();
        assertThat(preferences.wantsNotifications(t.tenant(), CustomerId.newId()))
                .isTrue();
    }
}
