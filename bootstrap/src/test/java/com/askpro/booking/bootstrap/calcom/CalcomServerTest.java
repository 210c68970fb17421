package com.askpro.booking.bootstrap.calcom;

import com.askpro.booking.adapter.calcom.CalcomWebhookSignature;
import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.bootstrap.Config;
import com.askpro.booking.bootstrap.Server;
import com.askpro.booking.bootstrap.TestKeys;
import com.askpro.booking.bootstrap.Tuning;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.WorkingHours;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real server (H2 in a temp dir, port 0) whose Cal.com is a {@link FakeCalcom} on MockWebServer,
 * with a Cal.com-backed tenant created through the ports: one branch on {@link #NUMBER}, open every
 * day 08:00–18:00 in Berlin, and the service "Haarschnitt" on event type {@link #EVENT_TYPE}.
 */
abstract class CalcomServerTest {

    static final String RETELL_KEY = "key_calcom_test_0123456789";
    static final String WEBHOOK_SECRET = "my-webhook-secret";
    static final String CALCOM_KEY = "cal_test_conversation_key";
    static final String NUMBER = "+493012345678";
    static final String CALLER = "+4915112345678";
    static final long EVENT_TYPE = 4711;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final FakeCalcom calcom = new FakeCalcom();
    final MockWebServer mock = new MockWebServer();
    final HttpClient http = HttpClient.newHttpClient();
    Server server;
    Company company;
    Service haircut;

    /** The environment beyond port, data dir and Cal.com URL (subclasses may drop the secret). */
    Map<String, String> environment() {
        return Map.of("ASKPRO_RETELL_API_KEYS", RETELL_KEY, "ASKPRO_CALCOM_WEBHOOK_SECRET", WEBHOOK_SECRET);
    }

    /** How long an opened Cal.com circuit stays open (short, so that tests recover quickly). */
    Duration circuitOpenDelay() {
        return Duration.ofMillis(200);
    }

    @BeforeEach
    void startServer() throws Exception {
        mock.setDispatcher(calcom);
        mock.start();
        Path dataDir = Files.createTempDirectory("askpro-calcom");
        Map<String, String> env = new HashMap<>(environment());
        env.put("ASKPRO_HTTP_PORT", "0");
        env.put("ASKPRO_HTTP_HOST", "127.0.0.1");
        env.put("ASKPRO_DATA_DIR", dataDir.toString());
        env.put("ASKPRO_CALCOM_BASE_URL", mock.url("/").toString());
        server = Server.start(
                Config.fromEnvironment(TestKeys.withKey(env)),
                Clock.systemUTC(),
                Tuning.defaults()
                        .withCalcom(calcomConfig -> calcomConfig
                                .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(5))
                                .withCircuit(5, circuitOpenDelay(), 1)
                                .withTransientRetryAfter(Duration.ofMillis(500))));
        createTenant();
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        mock.close();
    }

    private void createTenant() {
        var db = server.persistence();
        company = db.companies()
                .add(Company.create(CompanyId.newId(), "Salon Kalender", "DE", BERLIN, Language.DE)
                        .withCalcomKey(CALCOM_KEY));
        WorkingHours hours = WorkingHours.of(List.of(DayOfWeek.values()), OpeningInterval.of("08:00", "18:00"));
        Branch branch = db.branches()
                .add(company.tenant(), Branch.open(BranchId.newId(), company.id(), "Mitte", BERLIN, hours));
        db.phoneNumbers()
                .add(
                        company.tenant(),
                        new BranchPhoneNumber(
                                PhoneNumberId.newId(), company.id(), branch.id(), PhoneNumber.parse(NUMBER)))
                .orElseThrow();
        haircut = db.services()
                .add(
                        company.tenant(),
                        new Service(
                                ServiceId.newId(),
                                company.id(),
                                null,
                                "Haarschnitt",
                                Duration.ofMinutes(30),
                                Duration.ZERO,
                                List.of("haare"),
                                EVENT_TYPE,
                                true));
    }

    /** A day a week ahead, so every free slot is far enough in the future. */
    static LocalDate day() {
        return LocalDate.now(BERLIN).plusDays(7);
    }

    static Instant at(LocalDate day, String time) {
        return day.atTime(java.time.LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    JsonNode function(String callId, String name, Map<String, Object> args) throws Exception {
        Map<String, Object> call = Map.of(
                "call_id",
                callId,
                "call_type",
                "phone_call",
                "direction",
                "inbound",
                "from_number",
                CALLER,
                "to_number",
                NUMBER,
                "call_status",
                "ongoing",
                "start_timestamp",
                System.currentTimeMillis());
        byte[] body = FakeCalcom.JSON.writeValueAsBytes(Map.of("name", name, "args", args, "call", call));
        HttpRequest request = HttpRequest.newBuilder(uri("/webhooks/retell/functions"))
                .header("Content-Type", "application/json")
                .header(
                        "X-Retell-Signature",
                        RetellSignatureVerifier.sign(body, RETELL_KEY, System.currentTimeMillis()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(name + " answered " + response.statusCode() + ": " + response.body());
        }
        return FakeCalcom.JSON.readTree(response.body());
    }

    /** Posts a Cal.com webhook signed with {@code secret} (null: no signature header). */
    int webhook(String body, String secret) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/webhooks/calcom"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (secret != null) {
            request.header(CalcomWebhookSignature.HEADER, new CalcomWebhookSignature(secret).sign(bytes));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String metrics() throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    Appointment appointment(String id) {
        return server.persistence()
                .appointments()
                .find(company.tenant(), AppointmentId.parse(id))
                .orElseThrow();
    }

    /** Polls {@code condition} every 50 ms for at most 20 s; fails with {@code what} when it never holds. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
