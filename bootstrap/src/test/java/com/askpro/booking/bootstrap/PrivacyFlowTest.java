package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static com.askpro.booking.bootstrap.RunningServer.awaitValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.WorkingHours;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Privacy by design over real HTTP, on the embedded database (PostgreSQL in a subclass): after a
 * whole simulated conversation no name, e-mail, number or transcript word stands in clear in any
 * column of any table, and the tenant reads all of it back intact through the API; erasure,
 * export, retention and their audit entries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyFlowTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final ObjectMapper JSON = new ObjectMapper();

    RunningServer app;
    String tenantKey;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The database to run on; the embedded one here, PostgreSQL in a subclass. */
    Map<String, String> database() throws Exception {
        return Map.of();
    }

    /** Removes what {@link #database()} created. */
    void dropDatabase() throws Exception {}

    @BeforeAll
    void start() throws Exception {
        // the system clock: background processing (db-scheduler) runs on real time
        app = RunningServer.start(
                Clock.systemUTC(), Server.SWEEP_INTERVAL, Files.createTempDirectory("askpro-privacy"), database());
        tenantKey = DemoKeys.ensure(app.db(), app.demo(), null, app.clock()).key();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        dropDatabase();
    }

    /** What one caller told during a whole call; every value is unique to this conversation. */
    record Conversation(
            RetellCaller caller, String name, String email, String marker, String appointmentId, Call call) {
        List<String> traces() {
            String digits = caller.from().substring(1);
            return List.of(name, email, marker, caller.from(), digits);
        }
    }

    private static final AtomicInteger HALF_HOURS = new AtomicInteger();

    /** Each conversation books its own half hour from 10:00 (a hashed hour collided now and then: slot_taken). */
    private static String nextFreeTime() {
        int slot = HALF_HOURS.getAndIncrement();
        return String.format("%02d:%02d", 10 + slot / 2, slot % 2 * 30);
    }

    /** Inbound, a booking with name, e-mail and notes, then started, ended (transcript) and analyzed (summary). */
    Conversation converse(RetellCaller caller) {
        String tag = caller.callId().substring(caller.callId().length() - 8);
        String name = "Quirin Zabelstein" + tag;
        String email = "quirin." + tag + "@privat.example";
        String marker = "Kumquatsalbe" + tag;
        assertThat(app.retell()
                        .signed(
                                "/webhooks/retell/inbound",
                                RetellClient.inbound(caller.from(), caller.to(), caller.callId()))
                        .status())
                .isEqualTo(200);
        JsonNode booked = caller.call(
                "book_appointment",
                Map.of(
                        "service",
                        "Haarschnitt",
                        "date",
                        bookingDay(),
                        "time",
                        nextFreeTime(),
                        "customer_name",
                        name,
                        "customer_email",
                        email,
                        "notes",
                        "bringt " + marker + " mit"));
        assertThat(booked.path("booked").asBoolean()).as(booked.toString()).isTrue();
        long start = app.retell().nowMs() - 120_000;
        long end = start + 95_000;
        app.retell()
                .signed(
                        "/webhooks/retell",
                        RetellClient.callStarted(caller.callId(), caller.from(), caller.to(), start));
        ObjectNode ended =
                RetellClient.callEnded(caller.callId(), caller.from(), caller.to(), start, end, "user_hangup");
        ((ObjectNode) ended.get("call"))
                .put(
                        "transcript",
                        "Agent: Guten Tag!\nUser: Ich bin " + name + ", " + email + ", und bringe " + marker + " mit.");
        app.retell().signed("/webhooks/retell", ended);
        ObjectNode analyzed = RetellClient.callAnalyzed(
                caller.callId(),
                caller.from(),
                caller.to(),
                start,
                end,
                "user_hangup",
                name + " bucht einen Haarschnitt (" + marker + ").",
                "Positive",
                true);
        ((ObjectNode) analyzed.get("call"))
                .put("transcript", "User: Ich bin " + name + " und bringe " + marker + " mit.")
                .put("recording_url", "https://recordings.example/" + marker + ".wav");
        ((ObjectNode) analyzed.get("call").get("call_analysis"))
                .putObject("custom_analysis_data")
                .put("wish", marker);
        app.retell().signed("/webhooks/retell", analyzed);
        Call call = awaitValue(
                "call " + caller.callId() + " analyzed",
                WAIT,
                () -> app.db()
                        .calls()
                        .findByAgentCallId(app.demoTenant(), caller.callId())
                        .filter(c -> c.status() == CallStatus.ANALYZED
                                && c.facts().transcript() != null
                                && c.facts().transcript().contains(marker)));
        return new Conversation(
                caller, name, email, marker, booked.path("appointment_id").asText(), call);
    }

    /** A weekday a few days ahead, when the demo branch is open. */
    static String bookingDay() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.toString();
    }

    JsonNode api(String method, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .header("Authorization", "Bearer " + tenantKey)
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ObjectNode answer = JSON.createObjectNode().put("status", response.statusCode());
            answer.set("body", response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
            return answer;
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    @Test
    void afterAWholeConversationNothingPersonalIsStoredInClearAndTheApiAnswersItIntact() {
        Conversation talk = converse(RetellCaller.fresh(app.retell(), DEMO_NUMBER));

        assertThat(RawDatabaseScan.columnCount(app.db().dataSource())).isGreaterThan(50);
        assertThat(RawDatabaseScan.traces(app.db().dataSource(), talk.traces())).isEmpty();

        JsonNode call = api("GET", "/api/v1/calls/" + talk.call().id(), null);
        assertThat(call.path("status").asInt()).isEqualTo(200);
        assertThat(call.path("body").path("from_number").asText())
                .isEqualTo(talk.caller().from());
        assertThat(call.path("body").path("transcript").asText()).contains(talk.name(), talk.marker());
        assertThat(call.path("body").path("summary").asText()).contains(talk.marker());
        assertThat(call.path("body").path("recording_url").asText()).contains(talk.marker());
        JsonNode customer = api("GET", "/api/v1/customers/" + talk.call().customerId(), null)
                .path("body");
        assertThat(customer.path("name").asText()).isEqualTo(talk.name());
        assertThat(customer.path("email").asText()).isEqualTo(talk.email());
        assertThat(customer.path("phone").asText()).isEqualTo(talk.caller().from());
        JsonNode appointment =
                api("GET", "/api/v1/appointments/" + talk.appointmentId(), null).path("body");
        assertThat(appointment.path("notes").asText()).contains(talk.marker());
        assertThat(app.db()
                        .customers()
                        .findByPhone(app.demoTenant(), talk.caller().number()))
                .as("lookup by phone")
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(talk.name()));
    }

    /** Another tenant that knows the same caller: a customer and a call with a transcript, stored directly. */
    record OtherTenant(Company company, Customer customer, Call call) {}

    OtherTenant otherTenantKnowing(String number, int retentionDays) {
        var db = app.db();
        Company company = db.companies()
                .add(Company.create(
                                CompanyId.newId(),
                                "Zweiter Salon " + UUID.randomUUID(),
                                "DE",
                                ZoneId.of("Europe/Berlin"),
                                Language.DE)
                        .withRetentionDays(retentionDays));
        Branch branch = db.branches()
                .add(
                        company.tenant(),
                        Branch.open(
                                BranchId.newId(),
                                company.id(),
                                "Hamburg",
                                ZoneId.of("Europe/Berlin"),
                                WorkingHours.of(List.of(DayOfWeek.MONDAY), OpeningInterval.of("09:00", "17:00"))));
        Customer customer = db.customers()
                .addOrGet(
                        company.tenant(),
                        Customer.register(
                                CustomerId.newId(),
                                company.id(),
                                PhoneNumber.parse(number),
                                "Anderer Kunde",
                                "anderer@kunde.example",
                                Instant.now()));
        Call call = Call.register(
                CallId.newId(),
                company.id(),
                branch.id(),
                "call_other_" + UUID.randomUUID().toString().replace("-", ""),
                CallDirection.INBOUND,
                PhoneNumber.parse(number),
                PhoneNumber.parse("+494012345678"),
                Instant.now());
        call = call.apply(
                        CallStatus.ENDED,
                        new CallFacts(
                                Instant.now(),
                                Instant.now(),
                                1000L,
                                "user_hangup",
                                "Transkript des anderen Salons",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        Instant.now())
                .state();
        db.calls().add(company.tenant(), call);
        return new OtherTenant(company, customer, call);
    }

    private JsonNode auditEvents() {
        JsonNode list = api("GET", "/api/v1/audit-events?limit=200", null);
        assertThat(list.path("status").asInt()).isEqualTo(200);
        return list.path("body").path("items");
    }

    @Test
    void theReasonsGivenForAnAppointmentAreEncryptedReadBackIntactAndErasedWithTheCustomer() {
        Conversation talk = converse(RetellCaller.fresh(app.retell(), DEMO_NUMBER));
        AppointmentId id = new AppointmentId(UUID.fromString(talk.appointmentId()));
        String reason = talk.name() + " ist krank (" + talk.marker() + ")";
        JsonNode cancelled = talk.caller()
                .call("cancel_appointment", Map.of("appointment_id", talk.appointmentId(), "reason", reason));
        assertThat(cancelled.path("cancelled").asBoolean())
                .as(cancelled.toString())
                .isTrue();
        app.db()
                .appointmentActions()
                .record(
                        app.demoTenant(),
                        new AppointmentActions.Entry(
                                id, "cancel", "api_key:1", reason, app.clock().instant()));

        assertThat(RawDatabaseScan.traces(app.db().dataSource(), talk.traces())).isEmpty();
        assertThat(app.db()
                        .appointments()
                        .find(app.demoTenant(), id)
                        .orElseThrow()
                        .statusReason())
                .contains(talk.marker());
        assertThat(app.db().appointmentActions().of(app.demoTenant(), id))
                .anySatisfy(e -> assertThat(e.details()).isEqualTo(reason));

        JsonNode erased = api(
                "POST",
                "/api/v1/privacy/erasures",
                "{\"phone\":\"" + talk.caller().from() + "\"}");

        assertThat(erased.path("status").asInt()).as(erased.toString()).isEqualTo(200);
        assertThat(app.db()
                        .appointments()
                        .find(app.demoTenant(), id)
                        .orElseThrow()
                        .statusReason())
                .isNull();
        assertThat(app.db().appointmentActions().of(app.demoTenant(), id))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.details()).isNull());
    }

    @Test
    void erasureByAnyNumberFormatLeavesNoTraceKeepsTheFiguresAndSparesTheOtherTenant() {
        Conversation talk = converse(RetellCaller.fresh(app.retell(), DEMO_NUMBER));
        OtherTenant other = otherTenantKnowing(talk.caller().from(), 90);
        String national = "0" + talk.caller().from().substring(3, 6) + " "
                + talk.caller().from().substring(6);

        JsonNode erased = api("POST", "/api/v1/privacy/erasures", "{\"phone\":\"" + national + "\"}");

        assertThat(erased.path("status").asInt()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.path("body").path("customers").asInt()).isEqualTo(1);
        assertThat(erased.path("body").path("calls").asInt()).isEqualTo(1);
        assertThat(erased.path("body").path("appointments").asInt()).isEqualTo(1);
        assertThat(erased.path("body").path("webhook_events").asInt())
                .as("inbound, started, ended, analyzed")
                .isGreaterThanOrEqualTo(4);
        assertThat(RawDatabaseScan.traces(app.db().dataSource(), talk.traces())).isEmpty();
        assertThat(app.db()
                        .customers()
                        .findByPhone(app.demoTenant(), talk.caller().number()))
                .isEmpty();
        Call call = app.db().calls().find(app.demoTenant(), talk.call().id()).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.ANALYZED);
        assertThat(call.facts().durationMs()).isEqualTo(95_000L);
        assertThat(call.branchId()).isEqualTo(talk.call().branchId());
        assertThat(call.from()).isNull();
        assertThat(call.facts().transcript()).isNull();
        assertThat(call.facts().summary()).isNull();
        JsonNode appointment =
                api("GET", "/api/v1/appointments/" + talk.appointmentId(), null).path("body");
        assertThat(appointment.path("status").asText()).isEqualTo("booked");
        assertThat(appointment.path("notes").isNull()).isTrue();
        assertThat(appointment.path("customer_id").isNull()).isTrue();

        assertThat(app.db()
                        .customers()
                        .findByPhone(other.company().tenant(), talk.caller().number()))
                .as("the other tenant's customer with the same number")
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Anderer Kunde"));
        assertThat(app.db()
                        .calls()
                        .find(other.company().tenant(), other.call().id())
                        .orElseThrow()
                        .facts()
                        .transcript())
                .isEqualTo("Transkript des anderen Salons");

        JsonNode again = api(
                "POST",
                "/api/v1/privacy/erasures",
                "{\"phone\":\"" + talk.caller().from() + "\"}");
        assertThat(again.path("body").toString())
                .isEqualTo("{\"customers\":0,\"calls\":0,\"appointments\":0,\"webhook_events\":0}");

        JsonNode audit = auditEvents();
        assertThat(audit.toString())
                .doesNotContain(talk.caller().from())
                .doesNotContain(talk.caller().from().substring(1))
                .doesNotContain(talk.name());
        assertThat(audit)
                .filteredOn(e -> e.path("action").asText().equals("privacy.erasure"))
                .hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(e -> assertThat(e.path("detail").asText()).contains("\"customers\":1"));
    }

    @Test
    void exportAnswersEverythingTheTenantHoldsAboutThePersonAndIsAudited() {
        Conversation talk = converse(RetellCaller.fresh(app.retell(), DEMO_NUMBER));

        JsonNode export = api(
                "GET", "/api/v1/privacy/export?phone=" + talk.caller().from().replace("+", "%2B"), null);

        assertThat(export.path("status").asInt()).as(export.toString()).isEqualTo(200);
        JsonNode body = export.path("body");
        assertThat(body.path("phone").asText()).isEqualTo(talk.caller().from());
        assertThat(body.path("customer").path("name").asText()).isEqualTo(talk.name());
        assertThat(body.path("customer").path("email").asText()).isEqualTo(talk.email());
        assertThat(body.path("appointments"))
                .singleElement()
                .satisfies(a -> assertThat(a.path("notes").asText()).contains(talk.marker()));
        assertThat(body.path("calls")).singleElement().satisfies(c -> {
            assertThat(c.path("transcript").asText()).contains(talk.marker());
            assertThat(c.path("from_number").asText()).isEqualTo(talk.caller().from());
        });
        assertThat(auditEvents()).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("privacy.export");
            assertThat(e.path("detail").asText()).contains("\"calls\":1");
        });
    }

    @Test
    void privacyRequestsNeedATenantAdminKeyAndAReadableNumber() {
        JsonNode missing = api("POST", "/api/v1/privacy/erasures", "{}");
        assertThat(missing.path("status").asInt()).isEqualTo(422);
        JsonNode garbage = api("GET", "/api/v1/privacy/export?phone=not-a-number", null);
        assertThat(garbage.path("status").asInt()).isEqualTo(422);
        String readOnly = AdminWiring.apiKeys(app.db(), app.clock())
                .store(
                        app.demoTenant(),
                        com.askpro.booking.domain.access.ApiKeyRole.TENANT_READ,
                        "reader",
                        com.askpro.booking.application.admin.ApiKeySecrets.generate())
                .secret();
        String admin = tenantKey;
        tenantKey = readOnly;
        try {
            assertThat(api("POST", "/api/v1/privacy/erasures", "{\"phone\":\"+4915100000001\"}")
                            .path("status")
                            .asInt())
                    .isEqualTo(403);
            assertThat(api("GET", "/api/v1/audit-events", null).path("status").asInt())
                    .as("any tenant key reads the trail")
                    .isEqualTo(200);
        } finally {
            tenantKey = admin;
        }
    }

    @Test
    void retentionPurgesCallDataAndRawBodiesOlderThanTheCompanysDaysAndCountsThem() {
        Conversation talk = converse(RetellCaller.fresh(app.retell(), DEMO_NUMBER));
        OtherTenant keepsLonger = otherTenantKnowing(talk.caller().from(), 365);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Clock in91Days = Clock.fixed(Instant.now().plus(Duration.ofDays(91)), ZoneOffset.UTC);

        PrivacyWiring.retentionPurge(app.db(), registry, in91Days).run();

        Call purged = app.db().calls().find(app.demoTenant(), talk.call().id()).orElseThrow();
        assertThat(purged.from()).isNull();
        assertThat(purged.facts().transcript()).isNull();
        assertThat(purged.facts().durationMs()).isEqualTo(95_000L);
        assertThat(app.db()
                        .webhookInbox()
                        .find(
                                WebhookSource.RETELL,
                                "call_ended:" + talk.caller().callId())
                        .orElseThrow()
                        .rawBody())
                .doesNotContain(talk.marker());
        assertThat(app.db()
                        .calls()
                        .find(keepsLonger.company().tenant(), keepsLonger.call().id())
                        .orElseThrow()
                        .facts()
                        .transcript())
                .as("365 days of retention")
                .isEqualTo("Transkript des anderen Salons");
        assertThat(registry.get("askpro_privacy_purged_rows")
                        .tag("kind", "call")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(1);
        assertThat(registry.get("askpro_privacy_purged_rows")
                        .tag("kind", "webhook_event")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(4);
        assertThat(auditEvents())
                .anySatisfy(e -> assertThat(e.path("action").asText()).isEqualTo("privacy.retention_purge"));

        double afterFirst = registry.get("askpro_privacy_purged_rows")
                        .tag("kind", "call")
                        .counter()
                        .count()
                + registry.get("askpro_privacy_purged_rows")
                        .tag("kind", "webhook_event")
                        .counter()
                        .count();
        PrivacyWiring.retentionPurge(app.db(), registry, in91Days).run();
        assertThat(registry.get("askpro_privacy_purged_rows")
                                .tag("kind", "call")
                                .counter()
                                .count()
                        + registry.get("askpro_privacy_purged_rows")
                                .tag("kind", "webhook_event")
                                .counter()
                                .count())
                .as("a second run finds nothing more")
                .isEqualTo(afterFirst);
    }
}
