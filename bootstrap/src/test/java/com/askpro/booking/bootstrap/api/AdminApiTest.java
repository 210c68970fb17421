package com.askpro.booking.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.bootstrap.api.ApiServer.Reply;
import com.askpro.booking.bootstrap.api.ApiServer.Tenant;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The admin and tenant API through real HTTP: tenant setup, lists, filters, keys, replay, OpenAPI. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiTest {

    static final String HOURS = "{\"mon\":[[\"09:00\",\"18:00\"]],\"sat\":[[\"10:00\",\"14:00\"]]}";

    @TempDir
    static Path dir;

    ApiServer api;

    @BeforeAll
    void start() {
        api = new ApiServer(dir, 100_000);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    /** The full setup of one tenant through the API: branch, number, service, staff. */
    static TenantSetup setUp(ApiServer api, String name, String number) {
        Tenant tenant = api.createTenant(name);
        String branch = api.post(
                        "/api/v1/branches", tenant.key(), "{\"name\":\"Mitte\",\"working_hours\":" + HOURS + "}")
                .expect(201)
                .text("id");
        String phone = api.post(
                        "/api/v1/phone-numbers",
                        tenant.key(),
                        "{\"number\":\"" + number + "\",\"branch_id\":\"" + branch + "\"}")
                .expect(201)
                .text("id");
        String service = api.post(
                        "/api/v1/services",
                        tenant.key(),
                        "{\"name\":\"Haarschnitt\",\"duration_minutes\":30,\"keywords\":[\"schneiden\"],\"branch_id\":\""
                                + branch + "\"}")
                .expect(201)
                .text("id");
        String staff = api.post(
                        "/api/v1/staff",
                        tenant.key(),
                        "{\"name\":\"Anna\",\"branch_id\":\"" + branch + "\",\"service_ids\":[\"" + service + "\"]}")
                .expect(201)
                .text("id");
        return new TenantSetup(tenant, branch, phone, service, staff);
    }

    record TenantSetup(Tenant tenant, String branch, String phone, String service, String staff) {
        String key() {
            return tenant.key();
        }
    }

    @Test
    void twoCompaniesAreSetUpFromScratchAndReadBack() {
        TenantSetup a = setUp(api, "Salon A", "030 1234567");
        TenantSetup b = setUp(api, "Salon B", "+49 40 7654321");

        Reply company = api.get("/api/v1/companies/" + a.tenant().id(), ApiServer.PLATFORM_KEY)
                .expect(200);
        assertThat(company.json().has("api_key")).isFalse();
        assertThat(company.json().path("calcom_api_key_set").asBoolean()).isFalse();
        JsonNode branch =
                api.get("/api/v1/branches/" + a.branch(), a.key()).expect(200).json();
        assertThat(branch.path("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(branch.path("working_hours").path("sat").get(0).get(1).asText())
                .isEqualTo("14:00");
        assertThat(api.get("/api/v1/phone-numbers/" + a.phone(), a.key())
                        .expect(200)
                        .text("number"))
                .isEqualTo("+49301234567");
        assertThat(api.get("/api/v1/phone-numbers/" + b.phone(), b.key())
                        .expect(200)
                        .text("number"))
                .isEqualTo("+49407654321");
        JsonNode service =
                api.get("/api/v1/services/" + a.service(), a.key()).expect(200).json();
        assertThat(service.path("duration_minutes").asInt()).isEqualTo(30);
        assertThat(service.path("calcom_event_type_id").isNull()).isTrue();
        assertThat(api.get("/api/v1/staff/" + a.staff(), a.key())
                        .expect(200)
                        .json()
                        .path("service_ids")
                        .get(0)
                        .asText())
                .isEqualTo(a.service());
        assertThat(api.get("/api/v1/branches", b.key()).expect(200).json().path("items"))
                .hasSize(1);

        Reply patched = api.call(
                        "PATCH",
                        "/api/v1/companies/" + a.tenant().id(),
                        ApiServer.PLATFORM_KEY,
                        "{\"calcom_api_key\":\"cal_live_secret\"}")
                .expect(200);
        assertThat(patched.json().path("calcom_api_key_set").asBoolean()).isTrue();
        assertThat(patched.raw().body()).doesNotContain("cal_live_secret");
        assertThat(api.call("DELETE", "/api/v1/services/" + a.service(), a.key(), null)
                        .expect(200)
                        .json()
                        .path("active")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aNumberOwnedByAnotherTenantIsAClearConflict() {
        TenantSetup a = setUp(api, "Conflict A", "030 2345678");
        Tenant b = api.createTenant("Conflict B");
        String branchB = api.post("/api/v1/branches", b.key(), "{\"name\":\"B\",\"working_hours\":{}}")
                .expect(201)
                .text("id");

        api.post("/api/v1/phone-numbers", b.key(), "{\"number\":\"+49 30 2345678\",\"branch_id\":\"" + branchB + "\"}")
                .problem(409, "number");
        assertThat(api.get("/api/v1/phone-numbers", b.key()).json().path("items"))
                .isEmpty();
        assertThat(api.get("/api/v1/phone-numbers/" + a.phone(), a.key())
                        .expect(200)
                        .text("number"))
                .isEqualTo("+49302345678");
    }

    @Test
    void listsPageWithLimitAndCursorUntilTheLastPage() {
        Tenant tenant = api.createTenant("Pages");
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(api.post("/api/v1/branches", tenant.key(), "{\"name\":\"B" + i + "\",\"working_hours\":{}}")
                    .expect(201)
                    .text("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get(
                            "/api/v1/branches?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), tenant.key())
                    .expect(200)
                    .json();
            page.path("items").forEach(item -> seen.add(item.path("id").asText()));
            assertThat(page.has("next_cursor")).isTrue();
            cursor = page.path("next_cursor").isNull()
                    ? null
                    : page.path("next_cursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
        api.get("/api/v1/branches?limit=201", tenant.key()).problem(422, "limit");
        api.get("/api/v1/branches?limit=0", tenant.key()).problem(422, "limit");
        api.get("/api/v1/branches?limit=ten", tenant.key()).problem(422, "limit");
        api.get("/api/v1/companies?cursor=%25%25", ApiServer.PLATFORM_KEY).problem(422, "cursor");
    }

    @Test
    void callsAndAppointmentsFilterByDayRangeStatusAndBranch() {
        TenantSetup t = setUp(api, "Filters", "030 3456789");
        JdbiPersistence db = api.server.persistence();
        TenantContext tenant = TenantContext.of(CompanyId.parse(t.tenant().id()));
        BranchId branch = new BranchId(UUID.fromString(t.branch()));
        Instant day1 = Instant.parse("2030-05-06T08:00:00Z");
        Instant day2 = Instant.parse("2030-05-07T08:00:00Z");
        for (Instant at : List.of(day1, day2)) {
            db.calls()
                    .add(
                            tenant,
                            Call.register(
                                    CallId.newId(),
                                    tenant.companyId(),
                                    branch,
                                    "call_" + UUID.randomUUID(),
                                    CallDirection.INBOUND,
                                    null,
                                    PhoneNumber.parse("+49303456789"),
                                    at))
                    .orElseThrow();
        }
        Customer customer = db.customers()
                .addOrGet(
                        tenant,
                        Customer.register(
                                CustomerId.newId(),
                                tenant.companyId(),
                                PhoneNumber.parse("+4915112345678"),
                                "Erika",
                                null,
                                day1));
        for (Instant at : List.of(day1, day2)) {
            db.appointments()
                    .add(
                            tenant,
                            Appointment.book(
                                    AppointmentId.newId(),
                                    new Appointment.Request(
                                            tenant.companyId(),
                                            branch,
                                            new ServiceId(UUID.fromString(t.service())),
                                            null,
                                            customer.id(),
                                            TimeSlot.of(at, Duration.ofMinutes(30)),
                                            Duration.ZERO,
                                            ZoneId.of("Europe/Berlin"),
                                            null,
                                            null),
                                    false,
                                    at))
                    .orElseThrow();
        }

        assertThat(api.get("/api/v1/calls", t.key()).expect(200).json().path("items"))
                .hasSize(2);
        assertThat(api.get("/api/v1/calls?day=2030-05-06", t.key())
                        .expect(200)
                        .json()
                        .path("items"))
                .hasSize(1);
        assertThat(api.get(
                                "/api/v1/calls?from=2030-05-07T00:00:00Z&to=2030-05-08T00:00:00Z&status=registered&branch_id="
                                        + t.branch(),
                                t.key())
                        .expect(200)
                        .json()
                        .path("items"))
                .hasSize(1);
        assertThat(api.get("/api/v1/calls?status=ended", t.key())
                        .expect(200)
                        .json()
                        .path("items"))
                .isEmpty();
        assertThat(api.get("/api/v1/appointments?day=2030-05-07", t.key())
                        .expect(200)
                        .json()
                        .path("items")
                        .get(0)
                        .path("start")
                        .asText())
                .isEqualTo("2030-05-07T08:00:00Z");
        assertThat(api.get("/api/v1/appointments?status=booked&branch_id=" + t.branch(), t.key())
                        .expect(200)
                        .json()
                        .path("items"))
                .hasSize(2);
        assertThat(api.get("/api/v1/customers", t.key())
                        .expect(200)
                        .json()
                        .path("items")
                        .get(0)
                        .path("phone")
                        .asText())
                .isEqualTo("+4915112345678");
        api.get("/api/v1/calls?day=2030-13-01", t.key()).problem(422, "day");
        api.get("/api/v1/calls?day=2030-05-06&from=2030-05-06T00:00:00Z", t.key())
                .problem(422, "day");
        api.get("/api/v1/appointments?from=2030-05-07T00:00:00Z&to=2030-05-06T00:00:00Z", t.key())
                .problem(422, "to");
        api.get("/api/v1/appointments?status=lost", t.key()).problem(422, "status");
        api.get("/api/v1/calls?branch_id=" + UUID.randomUUID(), t.key()).problem(422, "branch_id");
    }

    @Test
    void aDeadWebhookEventIsListedAndReplayedButAProcessedOneIsNot() throws InterruptedException {
        Tenant tenant = api.createTenant("Replay");
        JdbiPersistence db = api.server.persistence();
        WebhookEvent received = WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.CALCOM,
                "key-" + UUID.randomUUID(),
                "BOOKING_CREATED",
                "{}",
                null,
                Instant.now());
        db.webhookInbox().store(received).orElseThrow();
        db.webhookInbox()
                .update(received.attributedTo(CompanyId.parse(tenant.id()))
                        .failed("no handler", true, RetryPolicy.WEBHOOKS, Instant.now())
                        .orElseThrow());

        JsonNode dead = api.get("/api/v1/webhook-events?status=dead", tenant.key())
                .expect(200)
                .json()
                .path("items");
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).path("status").asText()).isEqualTo("dead");

        Reply replayed = api.post("/api/v1/webhook-events/" + received.id() + "/replay", tenant.key(), null)
                .expect(200);
        assertThat(replayed.text("status")).isEqualTo("received");
        // the replay was scheduled: the background job takes the event up again (and, having no handler, gives up
        // again)
        JsonNode after =
                api.get("/api/v1/webhook-events/" + received.id(), tenant.key()).json();
        for (int i = 0; i < 200 && after.path("attempts").asInt() == 0; i++) {
            Thread.sleep(50);
            after = api.get("/api/v1/webhook-events/" + received.id(), tenant.key())
                    .json();
        }
        assertThat(after.path("attempts").asInt()).isEqualTo(1);

        WebhookEvent processed = WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.CALCOM,
                "key-" + UUID.randomUUID(),
                "BOOKING_CREATED",
                "{}",
                null,
                Instant.now());
        db.webhookInbox().store(processed).orElseThrow();
        db.webhookInbox()
                .update(processed
                        .attributedTo(CompanyId.parse(tenant.id()))
                        .processed(Instant.now())
                        .orElseThrow());
        api.post("/api/v1/webhook-events/" + processed.id() + "/replay", tenant.key(), null)
                .problem(409, "status");
        api.post("/api/v1/webhook-events/" + UUID.randomUUID() + "/replay", tenant.key(), null)
                .problem(404, null);
    }

    @Test
    void aRevokedKeyIsRefusedAfterwardsAndAReadKeyCannotWrite() {
        Tenant tenant = api.createTenant("Keys");
        Reply issued = api.post(
                        "/api/v1/companies/" + tenant.id() + "/api-keys",
                        tenant.key(),
                        "{\"role\":\"tenant_read\",\"label\":\"ci\"}")
                .expect(201);
        String readKey = issued.text("key");
        assertThat(readKey).startsWith("ak_");
        api.get("/api/v1/branches", readKey).expect(200);
        api.post("/api/v1/branches", readKey, "{\"name\":\"X\",\"working_hours\":{}}")
                .problem(403, null);

        JsonNode listed = api.get("/api/v1/companies/" + tenant.id() + "/api-keys", ApiServer.PLATFORM_KEY)
                .expect(200)
                .json();
        assertThat(listed.path("items")).hasSize(2);
        assertThat(listed.toString()).doesNotContain(readKey.substring(12));

        api.call("DELETE", "/api/v1/companies/" + tenant.id() + "/api-keys/" + issued.text("id"), tenant.key(), null)
                .expect(200);
        api.get("/api/v1/branches", readKey).problem(401, null);
        api.get("/api/v1/branches", tenant.key()).expect(200);
        api.get("/api/v1/branches", readKey.substring(0, readKey.length() - 1) + "x")
                .problem(401, null);
    }

    @Test
    void theOpenapiDocumentListsExactlyTheRegisteredRoutes() {
        JsonNode doc = api.get("/api/v1/openapi.json", null).expect(200).json();
        assertThat(doc.path("openapi").asText()).startsWith("3.1");
        Set<String> documented = new HashSet<>();
        doc.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> documented.add(
                                method.toUpperCase() + " " + path.getKey().replace("{key_id}", "{key_id}"))));
        List<String> registered = api.server.apiRoutes();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
        for (String route : registered) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1)
                    .replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
            Reply reply = api.call(method, path, null, method.equals("GET") || method.equals("DELETE") ? null : "{}");
            assertThat(reply.status()).as(route + " is served").isIn(200, 401);
        }
    }
}
