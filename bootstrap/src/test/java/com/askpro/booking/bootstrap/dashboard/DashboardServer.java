package com.askpro.booking.bootstrap.dashboard;

import com.askpro.booking.bootstrap.TestKeys;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.application.admin.ApiKeySecrets;
import com.askpro.booking.bootstrap.Config;
import com.askpro.booking.bootstrap.DemoTenant;
import com.askpro.booking.bootstrap.Server;
import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.BranchPhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.OpeningInterval;
import com.askpro.booking.domain.tenant.PhoneNumberId;
import com.askpro.booking.domain.tenant.WorkingHours;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Test support: a real server on embedded H2 with two tenants, each with a tenant API key, and a clock to move. */
final class DashboardServer implements AutoCloseable {

    static final String RETELL_KEY = "key_dashboard_test_0123456789";
    static final String PLATFORM_KEY = "platform-key-dashboard-test-0123";
    static final String OTHER_NUMBER = "+493012345678";

    /** The system clock moved forward by {@code offset}. */
    static final class MovableClock extends Clock {
        volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    final MovableClock clock = new MovableClock();
    final HttpClient http = HttpClient.newHttpClient();
    final Server server;
    final Company demo;
    final Company other;
    final String demoKey = ApiKeySecrets.generate();
    final String otherKey = ApiKeySecrets.generate();
    final ApiKey demoApiKey;

    DashboardServer() throws Exception {
        server = Server.start(Config.fromEnvironment(TestKeys.withKey(Map.of("ASKPRO_HTTP_PORT", "0", "ASKPRO_HTTP_HOST", "127.0.0.1",
                "ASKPRO_DATA_DIR", Files.createTempDirectory("askpro-dashboard").toString(), "ASKPRO_RETELL_API_KEYS", RETELL_KEY,
                "ASKPRO_ADMIN_KEY", PLATFORM_KEY))), clock);
        var db = server.persistence();
        demo = DemoTenant.ensure(db.companies(), db.branches(), db.phoneNumbers(), db.services(), db.staffMembers(), db.tenantDirectory());
        other = db.companies().add(Company.create(CompanyId.newId(), "Zweiter Salon", "DE", ZoneId.of("Europe/Berlin"), Language.DE));
        Branch branch = db.branches().add(other.tenant(), Branch.open(BranchId.newId(), other.id(), "Hamburg", ZoneId.of("Europe/Berlin"),
                WorkingHours.of(List.of(DayOfWeek.MONDAY), OpeningInterval.of("09:00", "17:00"))));
        db.phoneNumbers().add(other.tenant(), new BranchPhoneNumber(PhoneNumberId.newId(), other.id(), branch.id(),
                PhoneNumber.parse(OTHER_NUMBER))).orElseThrow();
        demoApiKey = store(demo, demoKey);
        store(other, otherKey);
    }

    private ApiKey store(Company company, String key) {
        ApiKeySecrets.Parts parts = ApiKeySecrets.parts(key);
        return server.persistence().apiKeys().add(ApiKey.issue(ApiKeyId.newId(), company.id(), ApiKeyRole.TENANT_READ,
                parts.prefix(), parts.secretHash(), "dashboard test", Instant.now())).orElseThrow();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> signIn(String key, String origin, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/dashboard/session"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("key=" + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8)));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The {@code name=value} of a successful sign-in's cookie. */
    String cookieOf(String key) throws Exception {
        HttpResponse<String> response = signIn(key, origin(), null);
        if (response.statusCode() != 204) {
            throw new AssertionError("sign-in answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a signed Retell {@code call_started} from {@code from} to {@code to}. */
    void callStarted(String callId, String from, String to) throws Exception {
        byte[] body = ("{\"event\":\"call_started\",\"call\":{\"call_id\":\"" + callId + "\",\"direction\":\"inbound\","
                + "\"from_number\":\"" + from + "\",\"to_number\":\"" + to + "\",\"start_timestamp\":"
                + Instant.now().toEpochMilli() + "}}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/webhooks/retell"))
                .header("X-Retell-Signature", RetellSignatureVerifier.sign(body, RETELL_KEY, Instant.now().toEpochMilli()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 204) {
            throw new AssertionError("call_started answered " + status);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
