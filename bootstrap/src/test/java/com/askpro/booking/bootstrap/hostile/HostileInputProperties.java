package com.askpro.booking.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.http.UnexpectedErrors;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.bootstrap.Config;
import com.askpro.booking.bootstrap.DemoTenant;
import com.askpro.booking.bootstrap.Server;
import com.askpro.booking.bootstrap.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Property-based attack on every endpoint (issue 13): random strings with NUL, control characters
 * and lone surrogates, huge lengths, wrong JSON types and shapes, absurd dates, bodies in other
 * encodings or with broken UTF-8, forged cursors, other tenants' call ids. Every answer must be a
 * 4xx (or Retell's documented 200 with an error for function arguments), never a 5xx, and after each
 * property every table (row counts and a checksum over every column) must be exactly as before.
 * One server per class; subclasses choose the database.
 */
abstract class HostileInputProperties {

    static final String RETELL_KEY = "key_hostile_0123456789abcdef";
    static final String CALCOM_SECRET = "calcom-hostile-secret";
    static final String PLATFORM_KEY = "platform-key-hostile-0123456789";
    static final String SETUP_CALL_ID = "call_hostile_setup_0001";
    static final String FOREIGN_CALL_ID = "call_hostile_foreign_0001";
    static final ObjectMapper JSON = new ObjectMapper();

    static Server server;
    static String tenantKey;
    static String branchId;
    static String cookie;
    static String otherNumber;
    static final AtomicLong SENT = new AtomicLong();
    static long unexpectedBefore;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static Map<String, String> snapshot;

    /** Starts the server on {@code database} (empty: H2 in a temp dir) and makes the fixtures. */
    static void startServer(Map<String, String> database) throws Exception {
        Path dir = Files.createTempDirectory("askpro-hostile");
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "ASKPRO_HTTP_HOST",
                "127.0.0.1",
                "ASKPRO_HTTP_PORT",
                "0",
                "ASKPRO_DATA_DIR",
                dir.toString(),
                "ASKPRO_DB_POOL_SIZE",
                "4",
                "ASKPRO_RETELL_API_KEYS",
                RETELL_KEY,
                "ASKPRO_CALCOM_WEBHOOK_SECRET",
                CALCOM_SECRET,
                "ASKPRO_ADMIN_KEY",
                PLATFORM_KEY,
                "ASKPRO_API_RATE_LIMIT",
                "1000000"));
        env.putAll(database);
        SENT.set(0);
        server = Server.start(Config.fromEnvironment(TestKeys.withKey(env)), Clock.systemUTC());
        JdbiPersistence db = server.persistence();
        var demo = DemoTenant.ensure(
                db.companies(),
                db.branches(),
                db.phoneNumbers(),
                db.services(),
                db.staffMembers(),
                db.tenantDirectory());
        JsonNode key = JSON.readTree(send(
                        "POST",
                        "/api/v1/companies/" + demo.id() + "/api-keys",
                        Map.of("Authorization", "Bearer " + PLATFORM_KEY),
                        bytes("{\"role\":\"tenant_admin\"}"))
                .body());
        tenantKey = key.path("key").asText();
        JsonNode branches =
                JSON.readTree(send("GET", "/api/v1/branches", auth(), null).body());
        branchId = branches.path("items").path(0).path("id").asText();
        // A call the function calls below belong to, so that they register nothing new.
        assertThat(signedRetell(
                                "/webhooks/retell/functions",
                                bytes(Hostile.json(
                                        function("list_services", Map.of(), SETUP_CALL_ID, DemoTenant.NUMBER))))
                        .statusCode())
                .isEqualTo(200);
        // A second tenant whose number registers FOREIGN_CALL_ID.
        JsonNode other = JSON.readTree(send(
                        "POST",
                        "/api/v1/companies",
                        Map.of("Authorization", "Bearer " + PLATFORM_KEY),
                        bytes(
                                "{\"name\":\"Other GmbH\",\"country\":\"DE\",\"time_zone\":\"Europe/Berlin\",\"language\":\"de\"}"))
                .body());
        String otherKey = other.path("api_key").asText();
        JsonNode otherBranch = JSON.readTree(send(
                        "POST",
                        "/api/v1/branches",
                        Map.of("Authorization", "Bearer " + otherKey),
                        bytes(
                                "{\"name\":\"Nord\",\"time_zone\":\"Europe/Berlin\",\"working_hours\":{\"mon\":[[\"09:00\",\"18:00\"]]}}"))
                .body());
        otherNumber = "+494028802880";
        HttpResponse<String> number = send(
                "POST",
                "/api/v1/phone-numbers",
                Map.of("Authorization", "Bearer " + otherKey),
                bytes("{\"number\":\"" + otherNumber + "\",\"branch_id\":\""
                        + otherBranch.path("id").asText() + "\"}"));
        assertThat(number.statusCode()).as(otherBranch + " " + number.body()).isEqualTo(201);
        assertThat(signedRetell(
                                "/webhooks/retell/functions",
                                bytes(Hostile.json(function("list_services", Map.of(), FOREIGN_CALL_ID, otherNumber))))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> session = send(
                "POST",
                "/dashboard/session",
                Map.of("X-Api-Key", tenantKey, "Origin", "http://127.0.0.1:" + server.port()),
                new byte[0]);
        assertThat(session.statusCode()).isEqualTo(204);
        cookie = session.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        unexpectedBefore = UnexpectedErrors.count();
    }

    static void stopServer(String database) {
        if (server != null) {
            server.close();
            server = null;
        }
        System.out.println("HostileInputProperties[" + database + "]: " + SENT.get()
                + " hostile requests sent, none answered 5xx");
        assertThat(UnexpectedErrors.count())
                .as("requests that ended in an unexpected exception: " + UnexpectedErrors.last())
                .isEqualTo(unexpectedBefore);
    }

    @BeforeProperty
    void takeSnapshot() {
        server.persistence().flushFunctionCallLog(); // earlier properties' function calls are in the table now
        snapshot = TableSnapshot.of(server.persistence().dataSource());
    }

    @AfterProperty
    void nothingWasWritten() {
        server.persistence().flushFunctionCallLog();
        Map<String, String> after = TableSnapshot.of(server.persistence().dataSource());
        assertThat(after)
                .as(() -> "tables changed:\n" + TableSnapshot.describeDifference(snapshot, after))
                .isEqualTo(snapshot);
    }

    // ---- Retell call events ------------------------------------------------------------------

    @Property(tries = 400)
    void retellEventsWithHostileFieldsAre400(@ForAll("hostileEvents") byte[] body) throws Exception {
        expect4xx(signedRetell("/webhooks/retell", body), 400);
    }

    @Provide
    Arbitrary<byte[]> hostileEvents() {
        Map<String, Object> template = event("call_ended", "call_hostile_new_0001", DemoTenant.NUMBER);
        Arbitrary<Map<String, Object>> mutated = Arbitraries.oneOf(
                poisonAnywhere(
                        template,
                        List.of(
                                "event",
                                "call.call_id",
                                "call.from_number",
                                "call.to_number",
                                "call.agent_id",
                                "call.transcript",
                                "call.disconnection_reason",
                                "call.call_analysis.call_summary",
                                "call.call_analysis.custom_analysis_data.x",
                                "extra",
                                "call.direction")),
                oneLineBroken(template, List.of("event", "call.call_id", "call.to_number", "call.agent_id")),
                tooLong(
                        template,
                        Map.of(
                                "event",
                                100,
                                "call.call_id",
                                128,
                                "call.to_number",
                                40,
                                "call.agent_id",
                                128,
                                "call.disconnection_reason",
                                200,
                                "call.call_analysis.user_sentiment",
                                100)),
                wrongType(
                        template,
                        List.of(
                                "event",
                                "call",
                                "call.call_id",
                                "call.start_timestamp",
                                "call.end_timestamp",
                                "call.to_number")),
                Arbitraries.of(
                                new Hostile.Raw("\"yes\""),
                                new Hostile.Raw("1"),
                                new Hostile.Raw("[]"),
                                new Hostile.Raw("{}"))
                        .map(v -> Hostile.with(template, "call.call_analysis.call_successful", v)),
                Hostile.absurdEpochMillis().map(ms -> Hostile.with(template, "call.start_timestamp", ms)),
                Hostile.absurdEpochMillis().map(ms -> Hostile.with(template, "call.end_timestamp", ms)),
                Arbitraries.of("", " ", "\t").map(blank -> Hostile.with(template, "event", blank)),
                Arbitraries.of("", " ").map(blank -> Hostile.with(template, "call.call_id", blank)));
        return Arbitraries.oneOf(
                mutated.map(m -> bytes(Hostile.json(m))), Hostile.badlyEncoded(Hostile.json(template)));
    }

    // ---- Retell inbound ----------------------------------------------------------------------

    @Property(tries = 250)
    void retellInboundWithHostileFieldsIs400(@ForAll("hostileInbound") byte[] body) throws Exception {
        expect4xx(signedRetell("/webhooks/retell/inbound", body), 400);
    }

    @Provide
    Arbitrary<byte[]> hostileInbound() {
        Map<String, Object> template = new LinkedHashMap<>(Map.of(
                "event",
                "call_inbound",
                "call_inbound",
                new LinkedHashMap<>(Map.of(
                        "from_number",
                        "+4915112345678",
                        "to_number",
                        DemoTenant.NUMBER,
                        "agent_id",
                        "agent_1",
                        "call_id",
                        "call_inbound_hostile"))));
        Arbitrary<Map<String, Object>> mutated = Arbitraries.oneOf(
                poisonAnywhere(
                        template,
                        List.of(
                                "event",
                                "call_inbound.from_number",
                                "call_inbound.to_number",
                                "call_inbound.agent_id",
                                "call_inbound.call_id",
                                "call_inbound.extra")),
                oneLineBroken(template, List.of("call_inbound.to_number", "call_inbound.call_id")),
                tooLong(
                        template,
                        Map.of(
                                "call_inbound.to_number",
                                40,
                                "call_inbound.call_id",
                                128,
                                "call_inbound.agent_id",
                                128)),
                wrongType(
                        template,
                        List.of(
                                "call_inbound",
                                "call_inbound.to_number",
                                "call_inbound.call_id",
                                "call_inbound.from_number",
                                "event")));
        return Arbitraries.oneOf(
                mutated.map(m -> bytes(Hostile.json(m))), Hostile.badlyEncoded(Hostile.json(template)));
    }

    // ---- Retell functions --------------------------------------------------------------------

    @Property(tries = 300)
    void retellFunctionBodiesWithHostileFieldsAre400(@ForAll("hostileFunctionBodies") byte[] body) throws Exception {
        expect4xx(signedRetell("/webhooks/retell/functions", body), 400);
    }

    @Provide
    Arbitrary<byte[]> hostileFunctionBodies() {
        Map<String, Object> template = function(
                "check_availability",
                Map.of("service", "Herrenhaarschnitt", "date", "2030-01-15"),
                SETUP_CALL_ID,
                DemoTenant.NUMBER);
        Arbitrary<Map<String, Object>> mutated = Arbitraries.oneOf(
                poisonAnywhere(
                        template,
                        List.of(
                                "name",
                                "args.service",
                                "args.date",
                                "args.customer_name",
                                "args.email",
                                "args.notes",
                                "args.branch",
                                "args.staff",
                                "call.call_id",
                                "call.to_number",
                                "call.from_number")),
                tooLong(template, Map.of("name", 100, "call.call_id", 128, "call.to_number", 40)),
                wrongType(template, List.of("name", "call", "call.call_id", "call.to_number")));
        return Arbitraries.oneOf(
                mutated.map(m -> bytes(Hostile.json(m))), Hostile.badlyEncoded(Hostile.json(template)));
    }

    @Property(tries = 300)
    void retellFunctionArgumentsOutOfRangeAnswer200WithAnError(@ForAll("hostileArguments") Map<String, Object> body)
            throws Exception {
        HttpResponse<String> response = signedRetell("/webhooks/retell/functions", bytes(Hostile.json(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("error").asText())
                .as(response.body())
                .isNotEmpty();
    }

    @Provide
    Arbitrary<Map<String, Object>> hostileArguments() {
        Arbitrary<String> functionName =
                Arbitraries.of("check_availability", "book_appointment", "reschedule_appointment");
        Arbitrary<Map<String, Object>> badDate = Combinators.combine(
                        functionName, Hostile.absurdDates().filter(d -> !d.isBlank() && !d.equals("null")))
                .as((name, date) -> function(
                        name,
                        Map.of(
                                "service",
                                "Herrenhaarschnitt",
                                "date",
                                date,
                                "time",
                                "10:00",
                                "new_date",
                                date,
                                "new_time",
                                "10:00",
                                "appointment_id",
                                UUID.randomUUID().toString()),
                        SETUP_CALL_ID,
                        DemoTenant.NUMBER));
        Arbitrary<Map<String, Object>> badTime = Combinators.combine(
                        functionName, Arbitraries.of("25:00", "10:61", "-1:00", "99999999999:00", "10h", "1000"))
                .as((name, time) -> function(
                        name,
                        Map.of(
                                "service",
                                "Herrenhaarschnitt",
                                "date",
                                "2030-01-15",
                                "time",
                                time,
                                "new_date",
                                "2030-01-15",
                                "new_time",
                                time,
                                "appointment_id",
                                UUID.randomUUID().toString()),
                        SETUP_CALL_ID,
                        DemoTenant.NUMBER));
        Arbitrary<Map<String, Object>> tooLongArgs = Combinators.combine(functionName, Hostile.tooLong(500))
                .as((name, text) -> function(
                        name,
                        Map.of("service", text, "date", "2030-01-15", "time", "10:00"),
                        SETUP_CALL_ID,
                        DemoTenant.NUMBER));
        Arbitrary<Map<String, Object>> tooLongBranch = Combinators.combine(functionName, Hostile.tooLong(200))
                .as((name, text) -> function(
                        name,
                        Map.of("service", "Herrenhaarschnitt", "date", "2030-01-15", "time", "10:00", "branch", text),
                        SETUP_CALL_ID,
                        DemoTenant.NUMBER));
        Arbitrary<Map<String, Object>> unknownFunction = Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(30)
                .filter(n -> !List.of(
                                "list_services",
                                "check_availability",
                                "book_appointment",
                                "find_my_appointments",
                                "reschedule_appointment",
                                "cancel_appointment")
                        .contains(n))
                .map(n -> function(n, Map.of(), SETUP_CALL_ID, DemoTenant.NUMBER));
        // Another tenant's call id, sent to this tenant's number: refused, logged, nothing touched.
        Arbitrary<Map<String, Object>> foreignCall = Arbitraries.of(
                        "list_services", "check_availability", "find_my_appointments")
                .map(n -> function(n, Map.of("date", "2030-01-15"), FOREIGN_CALL_ID, DemoTenant.NUMBER));
        return Arbitraries.oneOf(badDate, badTime, tooLongArgs, tooLongBranch, unknownFunction, foreignCall);
    }

    // ---- Cal.com webhooks --------------------------------------------------------------------

    @Property(tries = 400)
    void calcomWebhooksWithHostileFieldsAre400(@ForAll("hostileCalcom") byte[] body) throws Exception {
        expect4xx(
                send(
                        "POST",
                        "/webhooks/calcom",
                        Map.of("X-Cal-Signature-256", calcomSignature(body), "Content-Type", "application/json"),
                        body),
                400);
    }

    @Provide
    Arbitrary<byte[]> hostileCalcom() {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("triggerEvent", "BOOKING_CREATED");
        template.put("createdAt", "2030-01-10T10:00:00.000Z");
        template.put(
                "payload",
                new LinkedHashMap<>(Map.of(
                        "uid",
                        "uid_hostile_1",
                        "startTime",
                        "2030-01-15T09:00:00Z",
                        "endTime",
                        "2030-01-15T09:30:00Z",
                        "metadata",
                        new LinkedHashMap<>(
                                Map.of("askproAppointmentId", UUID.randomUUID().toString())))));
        Arbitrary<Map<String, Object>> mutated = Arbitraries.oneOf(
                poisonAnywhere(
                        template,
                        List.of(
                                "triggerEvent",
                                "createdAt",
                                "payload.uid",
                                "payload.startTime",
                                "payload.endTime",
                                "payload.metadata.askproAppointmentId",
                                "payload.rescheduleUid",
                                "payload.attendees",
                                "payload.title")),
                oneLineBroken(template, List.of("triggerEvent", "payload.uid", "payload.rescheduleUid")),
                tooLong(
                        template,
                        Map.of(
                                "triggerEvent",
                                100,
                                "payload.uid",
                                200,
                                "payload.rescheduleUid",
                                200,
                                "payload.metadata.askproAppointmentId",
                                500)),
                // the wrong-typed variants docs/calcom.md promises to refuse
                wrongType(
                        template,
                        List.of(
                                "triggerEvent",
                                "createdAt",
                                "payload.uid",
                                "payload.startTime",
                                "payload.endTime",
                                "payload.rescheduleUid")),
                Combinators.combine(
                                Arbitraries.of("payload", "payload.metadata"),
                                Arbitraries.of(
                                        new Hostile.Raw("[]"),
                                        new Hostile.Raw("42"),
                                        new Hostile.Raw("\"x\""),
                                        new Hostile.Raw("true"),
                                        new Hostile.Raw("[{}]")))
                        .as((path, value) -> Hostile.with(template, path, value)),
                Arbitraries.of("", " ", "booking_created", "BOOKING CREATED", "1BOOKING", "BOOKING-CREATED")
                        .map(t -> Hostile.with(template, "triggerEvent", t)),
                Hostile.absurdInstants().map(t -> Hostile.with(template, "payload.startTime", t)),
                Hostile.absurdInstants().map(t -> Hostile.with(template, "payload.endTime", t)),
                Hostile.absurdInstants().map(t -> Hostile.with(template, "createdAt", t)),
                Arbitraries.just(Hostile.with(template, "payload.endTime", "2030-01-15T08:00:00Z")),
                Arbitraries.of(new Hostile.Raw("{\"a\":1}"), new Hostile.Raw("[1]"))
                        .map(v -> Hostile.with(template, "payload.metadata.askproAppointmentId", v)));
        return Arbitraries.oneOf(
                mutated.map(m -> bytes(Hostile.json(m))), Hostile.badlyEncoded(Hostile.json(template)));
    }

    // ---- /api/v1 -----------------------------------------------------------------------------

    record ApiRequest(String method, String path, String body) {}

    @Property(tries = 700)
    void adminApiRefusesHostileBodiesAndQueries(@ForAll("hostileApi") ApiRequest request) throws Exception {
        String key = request.path().startsWith("/api/v1/companies") ? PLATFORM_KEY : tenantKey;
        HttpResponse<String> response = send(
                request.method(),
                request.path(),
                Map.of("Authorization", "Bearer " + key, "Content-Type", "application/json"),
                request.body() == null ? null : bytes(request.body()));
        expect4xx(response, -1);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(request + " -> " + response.statusCode() + " " + abbreviate(response.body()))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Provide
    Arbitrary<ApiRequest> hostileApi() {
        Map<String, Object> company = new LinkedHashMap<>(
                Map.of("name", "Salon X", "country", "DE", "time_zone", "Europe/Berlin", "language", "de"));
        Map<String, Object> branch = new LinkedHashMap<>(Map.of(
                "name",
                "Süd",
                "time_zone",
                "Europe/Berlin",
                "address",
                "Hauptstr. 1",
                "closed_days",
                List.of("2030-12-24"),
                "working_hours",
                Map.of("mon", List.of(List.of("09:00", "18:00"))),
                "active",
                true));
        Map<String, Object> service =
                new LinkedHashMap<>(Map.of("name", "Färben", "duration_minutes", 30, "keywords", List.of("farbe")));
        Map<String, Object> staff = new LinkedHashMap<>(Map.of("name", "Mia", "branch_id", "BRANCH"));
        Map<String, Object> number = new LinkedHashMap<>(Map.of("number", "+493012345678", "branch_id", "BRANCH"));
        List<Arbitrary<ApiRequest>> bodies = List.of(
                hostileBody(
                        "POST",
                        "/api/v1/companies",
                        company,
                        List.of("name", "country", "time_zone", "language"),
                        Map.of("name", 200)),
                hostileBody(
                        "POST",
                        "/api/v1/branches",
                        branch,
                        List.of("name", "time_zone"),
                        Map.of("name", 200, "address", 500)),
                hostileBody(
                        "PATCH", "/api/v1/branches/BRANCH", branch, List.of("name", "time_zone"), Map.of("name", 200)),
                hostileBody("POST", "/api/v1/services", service, List.of("name"), Map.of("name", 200)),
                hostileBody("POST", "/api/v1/staff", staff, List.of("name", "branch_id"), Map.of("name", 200)),
                hostileBody(
                        "POST", "/api/v1/phone-numbers", number, List.of("number", "branch_id"), Map.of("number", 40)));
        Arbitrary<ApiRequest> keywords = Arbitraries.oneOf(Hostile.poison(), Hostile.multiLine(), Hostile.tooLong(100))
                .map(k -> new ApiRequest(
                        "POST", "/api/v1/services", Hostile.json(Hostile.with(service, "keywords", List.of("ok", k)))));
        Arbitrary<ApiRequest> closedDays = Hostile.absurdDates()
                .map(d -> new ApiRequest(
                        "POST", "/api/v1/branches", Hostile.json(Hostile.with(branch, "closed_days", List.of(d)))));
        Arbitrary<String> list = Arbitraries.of(
                "/api/v1/branches",
                "/api/v1/services",
                "/api/v1/staff",
                "/api/v1/customers",
                "/api/v1/appointments",
                "/api/v1/calls",
                "/api/v1/webhook-events",
                "/api/v1/phone-numbers",
                "/api/v1/companies");
        Arbitrary<ApiRequest> cursors = Combinators.combine(list, forgedCursors())
                .as((path, cursor) -> new ApiRequest("GET", path + "?cursor=" + cursor, null));
        // Lists ordered by time: a cursor must carry an instant in the years 2000 to 2100.
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        Arbitrary<ApiRequest> absurdCursors = Combinators.combine(
                        Arbitraries.of(
                                "/api/v1/customers", "/api/v1/appointments", "/api/v1/calls", "/api/v1/webhook-events"),
                        Hostile.absurdInstants())
                .as((path, instant) -> new ApiRequest(
                        "GET",
                        path + "?cursor="
                                + encode(b64.encodeToString(
                                        (instant + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))),
                        null));
        Arbitrary<ApiRequest> limits = Combinators.combine(
                        list, Arbitraries.of("0", "-1", "201", "99999999999", "1.5", "abc", "%00"))
                .as((path, limit) -> new ApiRequest("GET", path + "?limit=" + limit, null));
        Arbitrary<ApiRequest> filters = Combinators.combine(
                        Arbitraries.of("/api/v1/appointments", "/api/v1/calls"),
                        Arbitraries.oneOf(
                                Hostile.absurdDates().filter(d -> !d.isBlank()).map(d -> "day=" + encode(d)),
                                Hostile.absurdInstants().map(t -> "from=" + encode(t)),
                                Hostile.absurdInstants().map(t -> "to=" + encode(t)),
                                Hostile.poison().map(p -> "status=" + encode(p)),
                                Hostile.poison().map(p -> "branch_id=" + encode(p))))
                .as((path, query) -> new ApiRequest("GET", path + "?" + query, null));
        Arbitrary<ApiRequest> webhookStatus =
                Hostile.poison().map(p -> new ApiRequest("GET", "/api/v1/webhook-events?status=" + encode(p), null));
        Arbitrary<ApiRequest> junkIds = Combinators.combine(
                        Arbitraries.of(
                                "/api/v1/branches/",
                                "/api/v1/customers/",
                                "/api/v1/calls/",
                                "/api/v1/appointments/",
                                "/api/v1/webhook-events/",
                                "/api/v1/companies/"),
                        Arbitraries.oneOf(
                                Hostile.poison(),
                                Hostile.tooLong(36),
                                Arbitraries.strings().withCharRange('a', 'z').ofLength(36)))
                .as((path, id) -> new ApiRequest("GET", path + encode(id), null));
        Arbitrary<ApiRequest> shapes = Combinators.combine(
                        Arbitraries.of(
                                "/api/v1/branches",
                                "/api/v1/services",
                                "/api/v1/staff",
                                "/api/v1/phone-numbers",
                                "/api/v1/companies"),
                        Hostile.anyJson().filter(v -> !(v instanceof Map<?, ?> m && m.isEmpty())))
                .as((path, value) -> new ApiRequest(
                        "POST",
                        path,
                        Hostile.json(value instanceof Map<?, ?> m ? Map.of("unknown_" + m.size(), value) : value)));
        List<Arbitrary<ApiRequest>> all = new java.util.ArrayList<>(bodies);
        all.addAll(
                List.of(keywords, closedDays, cursors, absurdCursors, limits, filters, webhookStatus, junkIds, shapes));
        return Arbitraries.oneOf(all)
                .map(r -> new ApiRequest(
                        r.method(),
                        r.path().replace("BRANCH", branchId),
                        r.body() == null ? null : r.body().replace("BRANCH", branchId)));
    }

    /** {@code texts}: the one-line text fields (broken lines and wrong types are refused there). */
    private Arbitrary<ApiRequest> hostileBody(
            String method, String path, Map<String, Object> template, List<String> texts, Map<String, Integer> limits) {
        List<String> poisonable = new java.util.ArrayList<>(template.keySet());
        poisonable.add("unknown_field");
        return Arbitraries.oneOf(
                        poisonAnywhere(template, poisonable),
                        oneLineBroken(template, texts),
                        tooLong(template, limits),
                        wrongType(template, texts))
                .map(m -> new ApiRequest(method, path, Hostile.json(m)));
    }

    /** Cursors we never issued: random base64url, base64url of junk, of NUL keys, of absurd instants. */
    static Arbitrary<String> forgedCursors() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return Arbitraries.oneOf(
                        Arbitraries.strings()
                                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                                .ofMinLength(1)
                                .ofMaxLength(120),
                        // (surrogates cannot be encoded in UTF-8 at all: a cursor can only carry the other poison)
                        Hostile.poison()
                                .filter(p -> p.chars().noneMatch(c -> Character.isSurrogate((char) c)))
                                .map(p -> b64.encodeToString(
                                        (p + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))),
                        Arbitraries.just(b64.encodeToString(new byte[] {(byte) 0xC0, (byte) 0x80, '|', 'x'})),
                        Arbitraries.just(Base64.getUrlEncoder()
                                        .encodeToString(("2030-01-01T00:00:00Z|" + UUID.randomUUID())
                                                .getBytes(StandardCharsets.UTF_8))
                                + "=="))
                .map(HostileInputProperties::encode);
    }

    // ---- dashboard JSON routes ---------------------------------------------------------------

    @Property(tries = 150)
    void dashboardRoutesRefuseHostileIdsAndKeys(@ForAll("hostileDashboard") ApiRequest request) throws Exception {
        Map<String, String> headers =
                new LinkedHashMap<>(Map.of("Cookie", cookie, "Origin", "http://127.0.0.1:" + server.port()));
        if (request.body() != null) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
        }
        expect4xx(
                send(request.method(), request.path(), headers, request.body() == null ? null : bytes(request.body())),
                -1);
    }

    @Provide
    Arbitrary<ApiRequest> hostileDashboard() {
        return Arbitraries.oneOf(
                Arbitraries.oneOf(
                                Hostile.poison(),
                                Hostile.tooLong(36),
                                Arbitraries.strings()
                                        .withCharRange('a', 'z')
                                        .ofMinLength(1)
                                        .ofMaxLength(40))
                        .map(id -> new ApiRequest("GET", "/dashboard/api/calls/" + encode(id), null)),
                Arbitraries.oneOf(Hostile.poison(), Hostile.tooLong(500))
                        .map(key -> new ApiRequest("POST", "/dashboard/session", "key=" + encode(key))));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Arbitrary<Map<String, Object>> poisonAnywhere(Map<String, Object> template, List<String> paths) {
        return Combinators.combine(Arbitraries.of(paths), Hostile.poison(), Arbitraries.of(true, false))
                .as((path, poison, asKey) -> asKey
                        ? Hostile.with(
                                template,
                                path.contains(".") ? path.substring(0, path.lastIndexOf('.')) + "." + poison : poison,
                                "x")
                        : Hostile.with(template, path, poison));
    }

    private static Arbitrary<Map<String, Object>> oneLineBroken(Map<String, Object> template, List<String> paths) {
        return Combinators.combine(Arbitraries.of(paths), Hostile.multiLine())
                .as((path, text) -> Hostile.with(template, path, text));
    }

    private static Arbitrary<Map<String, Object>> tooLong(Map<String, Object> template, Map<String, Integer> limits) {
        return Arbitraries.of(List.copyOf(limits.keySet()))
                .flatMap(path -> Hostile.tooLong(limits.get(path)).map(text -> Hostile.with(template, path, text)));
    }

    private static Arbitrary<Map<String, Object>> wrongType(Map<String, Object> template, List<String> paths) {
        return Combinators.combine(Arbitraries.of(paths), Hostile.notText())
                .as((path, value) -> Hostile.with(template, path, value));
    }

    static Map<String, Object> event(String event, String callId, String to) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("call_id", callId);
        call.put("direction", "inbound");
        call.put("from_number", "+4915112345678");
        call.put("to_number", to);
        call.put("agent_id", "agent_1");
        call.put("start_timestamp", 1_893_456_000_000L);
        call.put("end_timestamp", 1_893_456_060_000L);
        call.put("disconnection_reason", "user_hangup");
        call.put("transcript", "Agent: Hallo\nUser: Hallo");
        call.put(
                "call_analysis",
                new LinkedHashMap<>(Map.of(
                        "call_summary",
                        "ok",
                        "user_sentiment",
                        "Positive",
                        "custom_analysis_data",
                        new LinkedHashMap<>(Map.of("x", "y")))));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("event", event);
        root.put("call", call);
        return root;
    }

    static Map<String, Object> function(String name, Map<String, ?> args, String callId, String to) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("call_id", callId);
        call.put("direction", "inbound");
        call.put("from_number", "+4915112345678");
        call.put("to_number", to);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", name);
        root.put("args", new LinkedHashMap<>(args));
        root.put("call", call);
        return root;
    }

    static void expect4xx(HttpResponse<String> response, int exactly) {
        SENT.incrementAndGet();
        String what = response.request().method() + " " + response.request().uri() + " -> " + response.statusCode()
                + " " + abbreviate(response.body());
        assertThat(response.statusCode()).as(what).isBetween(400, 499);
        if (exactly > 0) {
            assertThat(response.statusCode()).as(what).isEqualTo(exactly);
        }
    }

    static HttpResponse<String> signedRetell(String path, byte[] body) throws IOException, InterruptedException {
        return send(
                "POST",
                path,
                Map.of(
                        "X-Retell-Signature",
                        RetellSignatureVerifier.sign(body, RETELL_KEY, System.currentTimeMillis()),
                        "Content-Type",
                        "application/json"),
                body);
    }

    static String calcomSignature(byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(CALCOM_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    static HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException staleConnection) {
                // A pooled keep-alive connection the server closed when idle; the request is refused anyway.
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new AssertionError(
                    "no answer to " + method + " " + path + " with body "
                            + (body == null ? "none" : abbreviate(new String(body, StandardCharsets.UTF_8))),
                    e);
        }
    }

    static Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + tenantKey);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
