package com.askpro.booking.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dashboard over real HTTP on a real server: sign-in and cookie flags, session end (sign-out,
 * expiry, revoked key), same-origin check, tenant scoping of views and of the live stream, and
 * replay after reconnecting with {@code Last-Event-ID}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private DashboardServer s;

    @BeforeAll
    void start() throws Exception {
        s = new DashboardServer();
    }

    @AfterAll
    void stop() {
        s.close();
    }

    @Test
    void aValidTenantKeySetsAStrictHttpOnlySessionCookieSecureOnlyBehindHttps() throws Exception {
        HttpResponse<String> plain = s.signIn(s.demoKey, s.origin(), null);
        assertThat(plain.statusCode()).isEqualTo(204);
        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie)
                .startsWith("askpro_dashboard=")
                .contains("HttpOnly", "SameSite=Strict", "Path=/dashboard", "Max-Age=28800")
                .doesNotContain("Secure")
                .doesNotContain(s.demoKey);

        HttpResponse<String> https = s.signIn(s.demoKey, s.origin().replace("http:", "https:"), "https");
        assertThat(https.statusCode()).isEqualTo(204);
        assertThat(https.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("Secure", "HttpOnly", "SameSite=Strict");

        HttpResponse<String> me = s.get("/dashboard/api/me", cookie.split(";")[0]);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"company_name\":\"Demo Salon\"");
    }

    @Test
    void wrongKeysPlatformKeyAndForeignOriginsDoNotSignIn() throws Exception {
        assertThat(s.signIn("ak_abcdefgh_" + "x".repeat(43), s.origin(), null).statusCode())
                .isEqualTo(401);
        assertThat(s.signIn(DashboardServer.PLATFORM_KEY, s.origin(), null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> noOrigin = s.signIn(s.demoKey, null, null);
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(noOrigin.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(s.signIn(s.demoKey, "http://evil.example", null).statusCode())
                .isEqualTo(403);
        assertThat(s.get("/dashboard/api/calls", null).statusCode()).isEqualTo(401);
        assertThat(s.get("/dashboard/api/calls", "askpro_dashboard=made-up").statusCode())
                .isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSessionAndTheCookie() throws Exception {
        String cookie = s.cookieOf(s.demoKey);
        var request = java.net.http.HttpRequest.newBuilder(s.uri("/dashboard/session"))
                .header("Cookie", cookie)
                .header("Origin", s.origin())
                .DELETE()
                .build();
        HttpResponse<String> out = s.http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Expires=Thu, 01 Jan 1970");
        assertThat(s.get("/dashboard/api/me", cookie).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredSessionIsRefused() throws Exception {
        String cookie = s.cookieOf(s.otherKey);
        assertThat(s.get("/dashboard/api/figures", cookie).statusCode()).isEqualTo(200);
        s.clock.offset = Duration.ofHours(8).plusMinutes(1);
        try {
            assertThat(s.get("/dashboard/api/figures", cookie).statusCode()).isEqualTo(401);
        } finally {
            s.clock.offset = Duration.ZERO;
        }
    }

    @Test
    void theSecurityHeadersForbidInlineScriptFramingAndSniffing() throws Exception {
        HttpResponse<String> page = s.get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).doesNotContain("<script>").contains("src=\"/dashboard/assets/app.js\"");
        assertThat(s.get("/dashboard/assets/app.js", null).headers().firstValue("Content-Security-Policy"))
                .isPresent();
    }

    @Test
    void aTenantsStreamCarriesOnlyItsOwnUpdatesAndViewsHideTheOtherTenant() throws Exception {
        String demoCookie = s.cookieOf(s.demoReadKey); // a viewer: numbers masked in the stream and the lists
        String otherCookie = s.cookieOf(s.otherKey);
        try (SseStream demo = new SseStream(s.http, s.uri("/dashboard/events"), demoCookie, null);
                SseStream other = new SseStream(s.http, s.uri("/dashboard/events"), otherCookie, null)) {
            assertThat(demo.next(WAIT).name()).isEqualTo("ready");
            assertThat(other.next(WAIT).name()).isEqualTo("ready");

            s.callStarted(
                    "scope_demo_" + UUID.randomUUID(),
                    "+4915111111234",
                    com.askpro.booking.bootstrap.DemoTenant.NUMBER);
            SseStream.Event demoCall = demo.nextUpdate(WAIT);
            assertThat(demoCall.name()).isEqualTo("call");
            assertThat(demoCall.data()).contains("234\"").doesNotContain("+4915111111234");

            s.callStarted("scope_other_" + UUID.randomUUID(), "+4915122222567", DashboardServer.OTHER_NUMBER);
            SseStream.Event otherCall = other.nextUpdate(WAIT);
            assertThat(otherCall.data()).contains("567\"").doesNotContain("234\"");

            String demoCallId = demoCall.data().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
            assertThat(s.get("/dashboard/api/calls/" + demoCallId, demoCookie).statusCode())
                    .isEqualTo(200);
            assertThat(s.get("/dashboard/api/calls/" + demoCallId, otherCookie).statusCode())
                    .isEqualTo(404);
            assertThat(s.get("/dashboard/api/calls", otherCookie).body()).doesNotContain(demoCallId);
            assertThat(s.get("/dashboard/api/calls", demoCookie).body())
                    .contains(demoCallId)
                    .doesNotContain("+4915111111234");
        }
    }

    @Test
    void reconnectingWithLastEventIdReplaysWhatWasMissed() throws Exception {
        String cookie = s.cookieOf(s.otherKey);
        String seen;
        try (SseStream first = new SseStream(s.http, s.uri("/dashboard/events"), cookie, null)) {
            assertThat(first.next(WAIT).name()).isEqualTo("ready");
            s.callStarted("replay_1_" + UUID.randomUUID(), "+4915133333001", DashboardServer.OTHER_NUMBER);
            seen = first.nextUpdate(WAIT).id();
        }
        s.callStarted("replay_2_" + UUID.randomUUID(), "+4915133333002", DashboardServer.OTHER_NUMBER);
        s.callStarted("replay_3_" + UUID.randomUUID(), "+4915133333003", DashboardServer.OTHER_NUMBER);
        awaitCalls(cookie, "002\"", "003\"");

        try (SseStream again = new SseStream(s.http, s.uri("/dashboard/events"), cookie, seen)) {
            SseStream.Event second = again.next(WAIT);
            SseStream.Event third = again.next(WAIT);
            // processed by parallel job threads, so the two may be replayed in either order
            assertThat(List.of(second.data(), third.data()))
                    .anySatisfy(data -> assertThat(data).contains("002\""))
                    .anySatisfy(data -> assertThat(data).contains("003\""));
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(seen));
            assertThat(Long.parseLong(third.id())).isGreaterThan(Long.parseLong(second.id()));
            assertThat(again.next(WAIT).name()).isEqualTo("ready");
        }
    }

    @Test
    void revokingTheApiKeyEndsItsSessions() throws Exception {
        var extra = com.askpro.booking.application.admin.ApiKeySecrets.generate();
        var parts = com.askpro.booking.application.admin.ApiKeySecrets.parts(extra);
        var key = s.server
                .persistence()
                .apiKeys()
                .add(com.askpro.booking.domain.access.ApiKey.issue(
                        com.askpro.booking.domain.access.ApiKeyId.newId(),
                        s.demo.id(),
                        com.askpro.booking.domain.access.ApiKeyRole.TENANT_READ,
                        parts.prefix(),
                        parts.secretHash(),
                        "to revoke",
                        java.time.Instant.now()))
                .orElseThrow();
        String cookie = s.cookieOf(extra);
        assertThat(s.get("/dashboard/api/me", cookie).statusCode()).isEqualTo(200);

        s.server
                .persistence()
                .apiKeys()
                .revoke(s.demo.tenant(), key.id(), java.time.Instant.now())
                .orElseThrow();

        assertThat(s.get("/dashboard/api/me", cookie).statusCode()).isEqualTo(401);
        assertThat(s.signIn(extra, s.origin(), null).statusCode()).isEqualTo(401);
    }

    private void awaitCalls(String cookie, String... fragments) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String body = s.get("/dashboard/api/calls", cookie).body();
            if (java.util.Arrays.stream(fragments).allMatch(body::contains)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("calls did not appear: " + String.join(", ", fragments));
    }
}
