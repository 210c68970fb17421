package com.askpro.booking.bootstrap.dashboard;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import com.askpro.booking.application.admin.ApiKeySecrets;
import com.askpro.booking.bootstrap.Config;
import com.askpro.booking.bootstrap.DemoTenant;
import com.askpro.booking.bootstrap.Server;
import com.askpro.booking.bootstrap.TestKeys;
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
    /** Tenant admin keys (a dashboard session with one acts as owner); {@link #demoReadKey} is read-only (viewer). */
    final String demoKey = ApiKeySecrets.generate();

    final String otherKey = ApiKeySecrets.generate();
    final String demoReadKey = ApiKeySecrets.generate();
    final ApiKey demoApiKey;

    DashboardServer() throws Exception {
        this(Map.of());
    }

    /** With more environment ({@code ASKPRO_AUTH_FAILURE_LIMIT}, ...). */
    DashboardServer(Map<String, String> extra) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "ASKPRO_HTTP_PORT",
                "0",
                "ASKPRO_HTTP_HOST",
                "127.0.0.1",
                "ASKPRO_DATA_DIR",
                Files.createTempDirectory("askpro-dashboard").toString(),
                "ASKPRO_RETELL_API_KEYS",
                RETELL_KEY,
                "ASKPRO_ADMIN_KEY",
                PLATFORM_KEY));
        env.putAll(extra);
        server = Server.start(Config.fromEnvironment(TestKeys.withKey(env)), clock);
        var db = server.persistence();
        demo = DemoTenant.ensure(
                db.companies(),
                db.branches(),
                db.phoneNumbers(),
                db.services(),
                db.staffMembers(),
                db.tenantDirectory());
        other = db.companies()
                .add(Company.create(CompanyId.newId(), "Zweiter Salon", "DE", ZoneId.of("Europe/Berlin"), Language.DE));
        Branch branch = db.branches()
                .add(
                        other.tenant(),
                        Branch.open(
                                BranchId.newId(),
                                other.id(),
                                "Hamburg",
                                ZoneId.of("Europe/Berlin"),
                                WorkingHours.of(List.of(DayOfWeek.MONDAY), OpeningInterval.of("09:00", "17:00"))));
        db.phoneNumbers()
                .add(
                        other.tenant(),
                        new BranchPhoneNumber(
                                PhoneNumberId.newId(), other.id(), branch.id(), PhoneNumber.parse(OTHER_NUMBER)))
                .orElseThrow();
        demoApiKey = store(demo, demoKey, ApiKeyRole.TENANT_ADMIN);
        store(other, otherKey, ApiKeyRole.TENANT_ADMIN);
        store(demo, demoReadKey, ApiKeyRole.TENANT_READ);
    }

    private ApiKey store(Company company, String key, ApiKeyRole role) {
        ApiKeySecrets.Parts parts = ApiKeySecrets.parts(key);
        return server.persistence()
                .apiKeys()
                .add(ApiKey.issue(
                        ApiKeyId.newId(),
                        company.id(),
                        role,
                        parts.prefix(),
                        parts.secretHash(),
                        "dashboard test",
                        Instant.now()))
                .orElseThrow();
    }

    /** A Cal.com webhook event of {@code company} that gave up (its body is no booking, so a replay gives up again). */
    com.askpro.booking.domain.webhook.WebhookEvent deadWebhookEvent(Company company, String error) {
        var received = com.askpro.booking.domain.webhook.WebhookEvent.receive(
                com.askpro.booking.domain.webhook.WebhookEventId.newId(),
                com.askpro.booking.domain.webhook.WebhookSource.CALCOM,
                "dead-" + java.util.UUID.randomUUID(),
                "BOOKING_CREATED",
                "{}",
                null,
                Instant.now());
        server.persistence().webhookInbox().store(received).orElseThrow();
        var dead = received.attributedTo(company.id())
                .failed(error, true, com.askpro.booking.domain.webhook.RetryPolicy.WEBHOOKS, Instant.now())
                .orElseThrow();
        server.persistence().webhookInbox().update(dead);
        return dead;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> signIn(String key, String origin, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/dashboard/session"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "key=" + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8)));
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

    /** Signs in with e-mail and password (form post, same origin); {@code forwardedFor}: the client address behind the proxy. */
    HttpResponse<String> signInUser(String email, String password, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/dashboard/session"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "email=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code name=value} cookie of a successful sign-in with e-mail and password. */
    String userCookie(String email, String password) throws Exception {
        HttpResponse<String> response = signInUser(email, password, null);
        if (response.statusCode() != 204) {
            throw new AssertionError("sign-in answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    /** A JSON request to the dashboard with the session cookie, from this site ({@code origin} null: no Origin header). */
    HttpResponse<String> send(String method, String path, String cookie, String json, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A call to the tenant API with {@code key} as bearer ({@code json} null: no body). */
    HttpResponse<String> api(String method, String path, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Creates a dashboard user of the demo company through the API; answers its id. */
    String createUser(String key, String email, String name, String role, String password) throws Exception {
        HttpResponse<String> response = api(
                "POST",
                "/api/v1/users",
                key,
                "{\"email\":\"" + email + "\",\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"password\":\""
                        + password + "\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("POST /api/v1/users answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
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
                        + Instant.now().toEpochMilli() + "}}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/webhooks/retell"))
                .header(
                        "X-Retell-Signature",
                        RetellSignatureVerifier.sign(
                                body, RETELL_KEY, Instant.now().toEpochMilli()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
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
