package com.askpro.booking.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.DemoTenant;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Dashboard users over real HTTP: {@code /api/v1/users} (validation, conflicts, key roles, tenancy,
 * never a hash), sign-in with e-mail and password, the roles enforced on every
 * {@code /dashboard/api/*} route, number masking for viewers, sessions ended by deactivation and
 * new passwords, and brute-force limits per address and per account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardUsersHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PASSWORD = "correct horse battery";
    private DashboardServer s;

    @BeforeAll
    void start() throws Exception {
        s = new DashboardServer();
    }

    @AfterAll
    void stop() {
        s.close();
    }

    private static String email() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@salon.example";
    }

    @Test
    void theUsersApiCreatesListsAndChangesUsersAndNeverAnswersAHashOrPassword() throws Exception {
        String email = email();
        HttpResponse<String> created = s.api(
                "POST",
                "/api/v1/users",
                s.demoKey,
                "{\"email\":\"" + email.toUpperCase(java.util.Locale.ROOT)
                        + "\",\"name\":\"Erika\",\"role\":\"staff\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"email\":\"" + email + "\"", "\"role\":\"staff\"", "\"active\":true")
                .doesNotContain("password", "argon2", PASSWORD);
        String id = created.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        HttpResponse<String> list = s.api("GET", "/api/v1/users", s.demoReadKey, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(id, email).doesNotContain("argon2", "password");
        assertThat(s.api("GET", "/api/v1/users/" + id, s.demoReadKey, null).body())
                .contains(email);

        HttpResponse<String> patched =
                s.api("PATCH", "/api/v1/users/" + id, s.demoKey, "{\"role\":\"viewer\",\"name\":\"Erika M.\"}");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(patched.body())
                .contains("\"role\":\"viewer\"", "\"name\":\"Erika M.\"", "\"email\":\"" + email + "\"");
    }

    @Test
    void invalidInputIs422ADuplicateAddressIs409AndOnlyAdminKeysChangeUsers() throws Exception {
        String email = email();
        s.createUser(s.demoKey, email, "Erika", "owner", PASSWORD);

        for (String[] bad : new String[][] {
            {"{\"email\":\"" + email() + "\",\"name\":\"E\",\"role\":\"staff\",\"password\":\"short\"}", "password"},
            {
                "{\"email\":\"not-an-address\",\"name\":\"E\",\"role\":\"staff\",\"password\":\"" + PASSWORD + "\"}",
                "email"
            },
            {
                "{\"email\":\"" + email() + "\",\"name\":\"E\",\"role\":\"admin\",\"password\":\"" + PASSWORD + "\"}",
                "role"
            },
            {"{\"email\":\"" + email() + "\",\"role\":\"staff\",\"password\":\"" + PASSWORD + "\"}", "name"}
        }) {
            HttpResponse<String> refused = s.api("POST", "/api/v1/users", s.demoKey, bad[0]);
            assertThat(refused.statusCode()).as(bad[1]).isEqualTo(422);
            assertThat(refused.body()).as(bad[1]).contains(bad[1]);
        }
        HttpResponse<String> duplicate = s.api(
                "POST",
                "/api/v1/users",
                s.demoKey,
                "{\"email\":\"" + email.toUpperCase(java.util.Locale.ROOT)
                        + "\",\"name\":\"Again\",\"role\":\"viewer\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);

        String body =
                "{\"email\":\"" + email() + "\",\"name\":\"R\",\"role\":\"staff\",\"password\":\"" + PASSWORD + "\"}";
        assertThat(s.api("POST", "/api/v1/users", s.demoReadKey, body).statusCode())
                .isEqualTo(403);
        assertThat(s.api("POST", "/api/v1/users", DashboardServer.PLATFORM_KEY, body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(s.api("POST", "/api/v1/users", null, body).statusCode()).isEqualTo(401);
        assertThat(s.api("GET", "/api/v1/users", DashboardServer.PLATFORM_KEY, null)
                        .statusCode())
                .isEqualTo(403);
        String id = s.createUser(s.demoKey, email(), "P", "staff", PASSWORD);
        assertThat(s.api("PATCH", "/api/v1/users/" + id, s.demoReadKey, "{\"active\":false}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anotherTenantsUserIsNotFoundAndNotListed() throws Exception {
        String id = s.createUser(s.demoKey, email(), "Demo only", "staff", PASSWORD);

        assertThat(s.api("GET", "/api/v1/users/" + id, s.otherKey, null).statusCode())
                .isEqualTo(404);
        assertThat(s.api("PATCH", "/api/v1/users/" + id, s.otherKey, "{\"active\":false}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(s.api("GET", "/api/v1/users", s.otherKey, null).body()).doesNotContain(id);
        assertThat(s.api("GET", "/api/v1/users/" + id, s.demoKey, null).body()).contains("\"active\":true");
    }

    @Test
    void aUserSignsInWithEmailAndPasswordAndMeTellsRoleAndUser() throws Exception {
        String email = email();
        String id = s.createUser(s.demoKey, email, "Erika Staff", "staff", PASSWORD);

        HttpResponse<String> signedIn = s.signInUser(email.toUpperCase(java.util.Locale.ROOT), PASSWORD, null);
        assertThat(signedIn.statusCode()).isEqualTo(204);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie)
                .contains("HttpOnly", "SameSite=Strict", "Path=/dashboard", "Max-Age=28800")
                .doesNotContain(PASSWORD);

        HttpResponse<String> me = s.get("/dashboard/api/me", cookie.split(";")[0]);
        assertThat(me.body())
                .contains(
                        "\"company_name\":\"Demo Salon\"",
                        "\"role\":\"staff\"",
                        "\"id\":\"" + id + "\"",
                        "\"name\":\"Erika Staff\"");
        assertThat(s.get("/dashboard/api/me", s.cookieOf(s.demoKey)).body())
                .contains("\"role\":\"owner\"", "\"user\":null");
        assertThat(s.get("/dashboard/api/me", s.cookieOf(s.demoReadKey)).body()).contains("\"role\":\"viewer\"");

        assertThat(s.signInUser(email, "wrong password", null).statusCode()).isEqualTo(401);
        assertThat(s.signInUser("nobody-" + email, PASSWORD, null).statusCode()).isEqualTo(401);
        assertThat(s.signInUser("", PASSWORD, null).statusCode()).isEqualTo(401);
        HttpResponse<String> otherSite = s.http.send(
                java.net.http.HttpRequest.newBuilder(s.uri("/dashboard/session"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://evil.example")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "email=" + email + "&password=" + PASSWORD.replace(' ', '+')))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(otherSite.statusCode()).isEqualTo(403);
        assertThat(otherSite.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void viewersOnlyReadStaffActButOnlyOwnersManageUsersOnEveryDashboardRoute() throws Exception {
        String viewer = cookieFor("viewer");
        String staff = cookieFor("staff");
        String owner = cookieFor("owner");
        String newUser = "{\"email\":\"" + email() + "\",\"name\":\"Via page\",\"role\":\"viewer\",\"password\":\""
                + PASSWORD + "\"}";

        // a viewer: reads, but any other method on any /dashboard/api route is refused, even one that does not exist
        assertThat(s.get("/dashboard/api/calls", viewer).statusCode()).isEqualTo(200);
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            HttpResponse<String> refused = s.send(
                    method, "/dashboard/api/appointments/" + UUID.randomUUID() + "/cancel", viewer, "{}", s.origin());
            assertThat(refused.statusCode()).as(method).isEqualTo(403);
            assertThat(refused.body()).contains("forbidden");
        }
        assertThat(s.get("/dashboard/api/users", viewer).statusCode()).isEqualTo(403);

        // staff: may act (the same unknown route is now simply not found), but not manage users
        assertThat(s.send(
                                "POST",
                                "/dashboard/api/appointments/" + UUID.randomUUID() + "/cancel",
                                staff,
                                "{}",
                                s.origin())
                        .statusCode())
                .isEqualTo(404);
        assertThat(s.get("/dashboard/api/users", staff).statusCode()).isEqualTo(403);
        assertThat(s.send("POST", "/dashboard/api/users", staff, newUser, s.origin())
                        .statusCode())
                .isEqualTo(403);
        assertThat(s.send("POST", "/dashboard/api//users", staff, newUser, s.origin())
                        .statusCode())
                .isEqualTo(403);
        assertThat(s.send("POST", "/dashboard/api/Users", staff, newUser, s.origin())
                        .statusCode())
                .isEqualTo(403);

        // owner: manages users through the page's routes
        HttpResponse<String> created = s.send("POST", "/dashboard/api/users", owner, newUser, s.origin());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"role\":\"viewer\"").doesNotContain("argon2", PASSWORD);
        String id = created.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(s.get("/dashboard/api/users", owner).body()).contains(id).doesNotContain("argon2");
        assertThat(s.send("POST", "/dashboard/api/users", owner, newUser, s.origin())
                        .statusCode())
                .isEqualTo(409);
        assertThat(s.send("POST", "/dashboard/api/users", owner, newUser.replace(PASSWORD, "short"), s.origin())
                        .statusCode())
                .isEqualTo(422);
        assertThat(s.send("PATCH", "/dashboard/api/users/" + id, owner, "{\"active\":false}", s.origin())
                        .body())
                .contains("\"active\":false");
        // state-changing requests need this site's Origin, also with a valid session
        assertThat(s.send("PATCH", "/dashboard/api/users/" + id, owner, "{\"active\":true}", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(s.send("PATCH", "/dashboard/api/users/" + id, owner, "{\"active\":true}", "http://evil.example")
                        .statusCode())
                .isEqualTo(403);

        // another tenant's owner does not find this user
        String otherOwner = s.cookieOf(s.otherKey);
        assertThat(s.send("PATCH", "/dashboard/api/users/" + id, otherOwner, "{\"active\":true}", s.origin())
                        .statusCode())
                .isEqualTo(404);
        assertThat(s.get("/dashboard/api/users", otherOwner).body()).doesNotContain(id);
    }

    @Test
    void staffAndOwnersSeeTheFullNumberViewersOnlyItsLastThreeDigits() throws Exception {
        String number = "+49151" + (10_000_000 + (int) (Math.random() * 89_999_999));
        s.callStarted("mask_" + UUID.randomUUID(), number, DemoTenant.NUMBER);
        String staff = cookieFor("staff");
        String viewer = cookieFor("viewer");
        String masked = "+" + "•".repeat(number.length() - 4) + number.substring(number.length() - 3);

        String staffCalls = awaitCalls(staff, number);
        String id =
                staffCalls.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\"[^}]*\"caller\":\"\\" + number + "\".*", "$1");
        assertThat(s.get("/dashboard/api/calls/" + id, staff).body()).contains("\"caller\":\"" + number + "\"");
        assertThat(s.get("/dashboard/api/calls", s.cookieOf(s.demoKey)).body()).contains(number);

        String viewerCalls = s.get("/dashboard/api/calls", viewer).body();
        assertThat(viewerCalls).contains(masked).doesNotContain(number);
        assertThat(s.get("/dashboard/api/calls/" + id, viewer).body())
                .contains("\"caller\":\"" + masked + "\"")
                .doesNotContain(number);
        assertThat(s.get("/dashboard/api/calls", s.cookieOf(s.demoReadKey)).body())
                .contains(masked)
                .doesNotContain(number);
    }

    @Test
    void deactivatingAUserOrANewPasswordEndsItsSessionsAndInactiveUsersCannotSignIn() throws Exception {
        String email = email();
        String id = s.createUser(s.demoKey, email, "Soon gone", "staff", PASSWORD);
        String first = s.userCookie(email, PASSWORD);
        String second = s.userCookie(email, PASSWORD);

        assertThat(s.api("PATCH", "/api/v1/users/" + id, s.demoKey, "{\"password\":\"another long password\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(s.get("/dashboard/api/me", first).statusCode()).isEqualTo(401);
        assertThat(s.get("/dashboard/api/me", second).statusCode()).isEqualTo(401);
        assertThat(s.signInUser(email, PASSWORD, null).statusCode()).isEqualTo(401);
        String third = s.userCookie(email, "another long password");
        assertThat(s.get("/dashboard/api/me", third).statusCode()).isEqualTo(200);

        assertThat(s.api("PATCH", "/api/v1/users/" + id, s.demoKey, "{\"active\":false}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(s.get("/dashboard/api/me", third).statusCode()).isEqualTo(401);
        assertThat(s.signInUser(email, "another long password", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void failedSignInsAreLimitedPerAddressAndPerAccount() throws Exception {
        try (DashboardServer limited =
                new DashboardServer(Map.of("ASKPRO_AUTH_FAILURE_LIMIT", "3", "ASKPRO_TRUSTED_PROXIES", "127.0.0.1"))) {
            String target = email();
            String bystander = email();
            limited.createUser(limited.demoKey, target, "Target", "staff", PASSWORD);
            limited.createUser(limited.demoKey, bystander, "Bystander", "staff", PASSWORD);

            // per account: three wrong passwords from three addresses lock the account, even for the right password
            // from a fourth
            for (int i = 1; i <= 3; i++) {
                assertThat(limited.signInUser(target, "wrong password " + i, "203.0.113." + i)
                                .statusCode())
                        .isEqualTo(401);
            }
            HttpResponse<String> locked = limited.signInUser(target, PASSWORD, "203.0.113.50");
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).isPresent();
            assertThat(limited.signInUser(bystander, PASSWORD, "203.0.113.51").statusCode())
                    .isEqualTo(204);

            // per address: three failures on three unknown accounts lock the address for every account
            for (int i = 1; i <= 3; i++) {
                assertThat(limited.signInUser("nobody" + i + "@salon.example", PASSWORD, "198.51.100.7")
                                .statusCode())
                        .isEqualTo(401);
            }
            assertThat(limited.signInUser(bystander, PASSWORD, "198.51.100.7").statusCode())
                    .isEqualTo(429);
            assertThat(limited.signInUser(bystander, PASSWORD, "198.51.100.8").statusCode())
                    .isEqualTo(204);
        }
    }

    private String cookieFor(String role) throws Exception {
        String email = email();
        s.createUser(s.demoKey, email, "A " + role, role, PASSWORD);
        return s.userCookie(email, PASSWORD);
    }

    private String awaitCalls(String cookie, String fragment) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String body = s.get("/dashboard/api/calls", cookie).body();
            if (body.contains(fragment)) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("call did not appear: " + fragment);
    }
}
