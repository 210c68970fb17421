package com.askpro.booking.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.api.AdminApiTest.TenantSetup;
import com.askpro.booking.bootstrap.api.ApiServer.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Tenant isolation, authentication and roles on every tenant-scoped route, through real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiAccessTest {

    @TempDir
    static Path dir;

    ApiServer api;
    TenantSetup owner;
    TenantSetup other;

    @BeforeAll
    void start() {
        api = new ApiServer(dir, 100_000);
        owner = AdminApiTest.setUp(api, "Owner", "030 4567890");
        other = AdminApiTest.setUp(api, "Other", "030 5678901");
    }

    @AfterAll
    void stop() {
        api.close();
    }

    /** Every route that addresses one of the owner's resources, with a body for writes. */
    private List<String[]> ownersResources() {
        String branchBody = "{\"name\":\"Hijacked\"}";
        return List.of(
                new String[] {"GET", "/api/v1/branches/" + owner.branch(), null},
                new String[] {"PATCH", "/api/v1/branches/" + owner.branch(), branchBody},
                new String[] {"DELETE", "/api/v1/branches/" + owner.branch(), null},
                new String[] {"GET", "/api/v1/phone-numbers/" + owner.phone(), null},
                new String[] {"DELETE", "/api/v1/phone-numbers/" + owner.phone(), null},
                new String[] {"GET", "/api/v1/services/" + owner.service(), null},
                new String[] {"PATCH", "/api/v1/services/" + owner.service(), branchBody},
                new String[] {"DELETE", "/api/v1/services/" + owner.service(), null},
                new String[] {"GET", "/api/v1/staff/" + owner.staff(), null},
                new String[] {"PATCH", "/api/v1/staff/" + owner.staff(), branchBody},
                new String[] {"DELETE", "/api/v1/staff/" + owner.staff(), null},
                new String[] {"GET", "/api/v1/companies/" + owner.tenant().id() + "/api-keys", null},
                new String[] {"POST", "/api/v1/companies/" + owner.tenant().id() + "/api-keys", "{}"});
    }

    @Test
    void anotherTenantsResourcesAnswer404LikeMissingOnesAndStayUnchanged() {
        Map<String, String> before = snapshot();
        for (String[] route : ownersResources()) {
            Reply reply = api.call(route[0], route[1], other.key(), route[2]).problem(404, null);
            assertThat(reply.json().path("title").asText()).isEqualTo("Not found");
        }
        String missing = "/api/v1/branches/00000000-0000-4000-8000-000000000000";
        assertThat(api.get(missing, other.key()).problem(404, null).json().path("detail"))
                .isEqualTo(api.get("/api/v1/branches/" + owner.branch(), other.key())
                        .json()
                        .path("detail"));
        api.post("/api/v1/staff", other.key(), "{\"name\":\"Spy\",\"branch_id\":\"" + owner.branch() + "\"}")
                .problem(422, "branch_id");
        api.post(
                        "/api/v1/staff",
                        other.key(),
                        "{\"name\":\"Spy\",\"branch_id\":\"" + other.branch() + "\",\"service_ids\":[\""
                                + owner.service() + "\"]}")
                .problem(422, "service_ids");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(api.get("/api/v1/branches", other.key()).json().path("items"))
                .hasSize(1);
    }

    @Test
    void anUnknownApiPathAnswersProblemJson404WithOrWithoutAKey() {
        for (String key : new String[] {owner.key(), null}) {
            Reply reply = api.call("GET", "/api/v1/no-such-resource", key, null).problem(404, null);
            assertThat(reply.json().path("detail").asText()).contains("GET /api/v1/no-such-resource");
        }
        assertThat(api.call("DELETE", "/api/v2/companies", owner.key(), null)
                        .problem(404, null)
                        .json()
                        .path("title")
                        .asText())
                .isEqualTo("Not found");
    }

    @Test
    void everyApiRouteWithoutAKeyIs401() {
        for (String route : api.server.apiRoutes()) {
            if (route.endsWith("/openapi.json")) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1)
                    .replace("{id}", owner.branch())
                    .replace("{key_id}", owner.branch());
            Reply reply = api.call(
                    method, path, null, method.equals("POST") || method.equals("PATCH") ? "{\"name\":\"x\"}" : null);
            reply.problem(401, null);
            assertThat(reply.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
        }
        api.get("/api/v1/branches", "not-a-key").problem(401, null);
        assertThat(api.get("/api/v1/branches/" + owner.branch(), owner.key())
                        .expect(200)
                        .text("name"))
                .isEqualTo("Mitte");
    }

    @Test
    void wrongRolesAre403() {
        api.get("/api/v1/companies", owner.key()).problem(403, null);
        api.post(
                        "/api/v1/companies",
                        owner.key(),
                        "{\"name\":\"Mine\",\"country\":\"DE\",\"time_zone\":\"Europe/Berlin\"}")
                .problem(403, null);
        api.get("/api/v1/branches", ApiServer.PLATFORM_KEY).problem(403, null);
        api.get("/api/v1/calls/00000000-0000-4000-8000-000000000000/timeline", ApiServer.PLATFORM_KEY)
                .problem(403, null);
        String readKey = api.post(
                        "/api/v1/companies/" + owner.tenant().id() + "/api-keys",
                        owner.key(),
                        "{\"role\":\"tenant_read\"}")
                .expect(201)
                .text("key");
        api.call("PATCH", "/api/v1/branches/" + owner.branch(), readKey, "{\"name\":\"Nope\"}")
                .problem(403, null);
        api.post("/api/v1/companies/" + owner.tenant().id() + "/api-keys", readKey, "{}")
                .problem(403, null);
        assertThat(api.get("/api/v1/branches/" + owner.branch(), readKey)
                        .expect(200)
                        .text("name"))
                .isEqualTo("Mitte");
    }

    private Map<String, String> snapshot() {
        return Map.of(
                "branch",
                        api.get("/api/v1/branches/" + owner.branch(), owner.key())
                                .raw()
                                .body(),
                "phone",
                        api.get("/api/v1/phone-numbers/" + owner.phone(), owner.key())
                                .raw()
                                .body(),
                "service",
                        api.get("/api/v1/services/" + owner.service(), owner.key())
                                .raw()
                                .body(),
                "staff",
                        api.get("/api/v1/staff/" + owner.staff(), owner.key())
                                .raw()
                                .body(),
                "keys",
                        api.get("/api/v1/companies/" + owner.tenant().id() + "/api-keys", owner.key())
                                .raw()
                                .body(),
                "staff_list", api.get("/api/v1/staff", other.key()).raw().body());
    }
}
