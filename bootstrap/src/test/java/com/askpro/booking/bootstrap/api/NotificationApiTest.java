package com.askpro.booking.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.api.ApiServer.Tenant;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The notification routes over real HTTP: settings, the outbox list and its replay, a customer's opt-out; roles and tenancy. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationApiTest {

    @TempDir
    static Path dir;

    ApiServer api;
    Tenant owner;
    Tenant other;

    @BeforeAll
    void start() {
        api = new ApiServer(dir, 100_000);
        owner = api.createTenant("Notify Owner");
        other = api.createTenant("Notify Other");
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void givenANewCompanyWhenItReplacesItsSettingsThenTheyAreReadBackAndOtherTenantsKeepTheDefaults() {
        assertThat(api.get("/api/v1/notification-settings", owner.key())
                        .expect(200)
                        .json()
                        .toString())
                .isEqualTo("{\"reminder_hours\":24,\"sms_enabled\":false,\"reply_to\":null}");

        api.call(
                        "PUT",
                        "/api/v1/notification-settings",
                        owner.key(),
                        "{\"reminder_hours\": 2, \"sms_enabled\": true, \"reply_to\": \"salon@example.com\"}")
                .expect(200);

        assertThat(api.get("/api/v1/notification-settings", owner.key())
                        .expect(200)
                        .json()
                        .toString())
                .isEqualTo("{\"reminder_hours\":2,\"sms_enabled\":true,\"reply_to\":\"salon@example.com\"}");
        assertThat(api.get("/api/v1/notification-settings", other.key())
                        .json()
                        .path("reminder_hours")
                        .asInt())
                .isEqualTo(24);
        api.call("PUT", "/api/v1/notification-settings", owner.key(), "{\"reminder_hours\": 0}")
                .expect(200);
        assertThat(api.get("/api/v1/notification-settings", owner.key()).json().toString())
                .isEqualTo("{\"reminder_hours\":0,\"sms_enabled\":false,\"reply_to\":null}");
    }

    @Test
    void givenUnusableSettingsWhenPutThenRefusedNamingTheFieldAndNothingChanges() {
        api.call("PUT", "/api/v1/notification-settings", other.key(), "{\"reminder_hours\": 169}")
                .problem(422, "reminder_hours");
        api.call("PUT", "/api/v1/notification-settings", other.key(), "{\"reminder_hours\": -1}")
                .problem(422, "reminder_hours");
        api.call("PUT", "/api/v1/notification-settings", other.key(), "{\"reply_to\": \"not an address\"}")
                .problem(422, "reply_to");
        api.call("PUT", "/api/v1/notification-settings", other.key(), "{\"reminder_hours\": \"24\"}")
                .problem(422, null);
        api.call("PUT", "/api/v1/notification-settings", other.key(), "{\"reminders\": 24}")
                .problem(422, null);

        assertThat(api.get("/api/v1/notification-settings", other.key())
                        .json()
                        .path("reminder_hours")
                        .asInt())
                .isEqualTo(24);
    }

    @Test
    void givenAReadKeyOrThePlatformKeyWhenChangingSettingsThenForbidden() {
        String readKey = api.post(
                        "/api/v1/companies/" + other.id() + "/api-keys",
                        other.key(),
                        "{\"role\":\"tenant_read\",\"label\":\"read\"}")
                .expect(201)
                .text("key");

        api.get("/api/v1/notification-settings", readKey).expect(200);
        api.call("PUT", "/api/v1/notification-settings", readKey, "{}").problem(403, null);
        api.call("PUT", "/api/v1/notification-settings", ApiServer.PLATFORM_KEY, "{}")
                .problem(403, null);
        api.call("PATCH", "/api/v1/customers/" + UUID.randomUUID(), readKey, "{\"notifications\": false}")
                .problem(403, null);
    }

    @Test
    void givenNoMessagesWhenListedOrReplayedThenAnEmptyListAnd404s() {
        assertThat(api.get("/api/v1/notifications", owner.key())
                        .expect(200)
                        .json()
                        .toString())
                .isEqualTo("{\"items\":[],\"next_cursor\":null}");
        api.get("/api/v1/notifications?status=dead", owner.key()).expect(200);
        api.get("/api/v1/notifications?status=lost", owner.key()).problem(422, "status");
        api.get("/api/v1/notifications/" + UUID.randomUUID(), owner.key()).problem(404, null);
        api.get("/api/v1/notifications/not-a-uuid", owner.key()).problem(404, null);
        api.post("/api/v1/notifications/" + UUID.randomUUID() + "/replay", owner.key(), null)
                .problem(404, null);
    }

    @Test
    void givenAnUnknownCustomerOrABadBodyWhenOptingOutThenRefused() {
        api.call("PATCH", "/api/v1/customers/" + UUID.randomUUID(), owner.key(), "{\"notifications\": false}")
                .problem(404, null);
        api.call("PATCH", "/api/v1/customers/" + UUID.randomUUID(), owner.key(), "{}")
                .problem(422, "notifications");
        api.call("PATCH", "/api/v1/customers/" + UUID.randomUUID(), owner.key(), "{\"notifications\": \"no\"}")
                .problem(422, null);
    }
}
