package com.askpro.booking.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.api.AdminApiTest.TenantSetup;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every create body refused field by field (nothing stored), literal storage of hostile text, body and rate limits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiValidationTest {

    @TempDir
    static Path dir;

    ApiServer api;
    TenantSetup t;

    @BeforeAll
    void start() {
        api = new ApiServer(dir, 100_000);
        t = AdminApiTest.setUp(api, "Validation", "030 6789012");
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private void refused(String path, String key, String body, int status, String field) {
        String before = api.get(path, key).raw().body();
        api.post(path, key, body).problem(status, field);
        assertThat(api.get(path, key).raw().body())
                .as("nothing changed by " + body)
                .isEqualTo(before);
    }

    @Test
    void companyBodies() {
        String p = "/api/v1/companies?limit=200";
        String platform = ApiServer.PLATFORM_KEY;
        refused(
                p.replace("?limit=200", ""),
                platform,
                "{\"country\":\"DE\",\"time_zone\":\"Europe/Berlin\"}",
                422,
                "name");
        refused(
                "/api/v1/companies",
                platform,
                "{\"name\":\"X\",\"country\":\"XX\",\"time_zone\":\"Europe/Berlin\"}",
                422,
                "country");
        refused(
                "/api/v1/companies",
                platform,
                "{\"name\":\"X\",\"country\":\"DE\",\"time_zone\":\"Mars/Base\"}",
                422,
                "time_zone");
        refused("/api/v1/companies", platform, "{\"name\":\"X\",\"country\":\"DE\"}", 422, "time_zone");
        refused(
                "/api/v1/companies",
                platform,
                "{\"name\":\"X\",\"country\":\"DE\",\"time_zone\":\"Europe/Berlin\",\"language\":\"fr\"}",
                422,
                "language");
        refused(
                "/api/v1/companies",
                platform,
                "{\"name\":42,\"country\":\"DE\",\"time_zone\":\"Europe/Berlin\"}",
                422,
                "name");
        refused(
                "/api/v1/companies",
                platform,
                "{\"name\":\"" + "x".repeat(201) + "\",\"country\":\"DE\",\"time_zone\":\"Europe/Berlin\"}",
                422,
                "name");
        refused(
                "/api/v1/companies",
                platform,
                "{\"name\":\"X\",\"country\":\"DE\",\"time_zone\":\"Europe/Berlin\",\"owner\":1}",
                422,
                "owner");
        refused("/api/v1/companies", platform, "{\"name\":", 400, null);
        refused("/api/v1/companies", platform, "[1,2]", 400, null);
        refused("/api/v1/companies/" + t.tenant().id() + "/api-keys", platform, "{\"role\":\"platform\"}", 422, "role");
    }

    @Test
    void branchPhoneServiceAndStaffBodies() {
        String key = t.key();
        refused("/api/v1/branches", key, "{\"working_hours\":{}}", 422, "name");
        refused("/api/v1/branches", key, "{\"name\":\"B\"}", 422, "working_hours");
        refused(
                "/api/v1/branches",
                key,
                "{\"name\":\"B\",\"working_hours\":{\"mon\":[[\"18:00\",\"09:00\"]]}}",
                422,
                "working_hours.mon");
        refused("/api/v1/branches", key, "{\"name\":\"B\",\"working_hours\":{\"monday\":[]}}", 422, "working_hours");
        refused(
                "/api/v1/branches",
                key,
                "{\"name\":\"B\",\"working_hours\":{\"mon\":\"9-18\"}}",
                422,
                "working_hours.mon");
        refused(
                "/api/v1/branches",
                key,
                "{\"name\":\"B\",\"working_hours\":{},\"closed_days\":[\"24.12.2030\"]}",
                422,
                "closed_days");
        refused("/api/v1/branches", key, "{\"name\":\"B\",\"working_hours\":{},\"active\":\"yes\"}", 422, "active");

        refused("/api/v1/phone-numbers", key, "{\"branch_id\":\"" + t.branch() + "\"}", 422, "number");
        refused(
                "/api/v1/phone-numbers",
                key,
                "{\"number\":\"call me\",\"branch_id\":\"" + t.branch() + "\"}",
                422,
                "number");
        refused(
                "/api/v1/phone-numbers",
                key,
                "{\"number\":\"123\",\"branch_id\":\"" + t.branch() + "\"}",
                422,
                "number");
        refused(
                "/api/v1/phone-numbers",
                key,
                "{\"number\":4930123456,\"branch_id\":\"" + t.branch() + "\"}",
                422,
                "number");
        refused("/api/v1/phone-numbers", key, "{\"number\":\"030 7890123\",\"branch_id\":42}", 422, "branch_id");
        refused("/api/v1/phone-numbers", key, "{\"number\":\"030 7890123\",\"branch_id\":\"nope\"}", 422, "branch_id");

        refused("/api/v1/services", key, "{\"duration_minutes\":30}", 422, "name");
        refused("/api/v1/services", key, "{\"name\":\"S\"}", 422, "duration_minutes");
        refused("/api/v1/services", key, "{\"name\":\"S\",\"duration_minutes\":\"30\"}", 422, "duration_minutes");
        refused("/api/v1/services", key, "{\"name\":\"S\",\"duration_minutes\":30.5}", 422, "duration_minutes");
        refused("/api/v1/services", key, "{\"name\":\"S\",\"duration_minutes\":0}", 422, "duration_minutes");
        refused(
                "/api/v1/services",
                key,
                "{\"name\":\"S\",\"duration_minutes\":30,\"buffer_minutes\":-5}",
                422,
                "buffer_minutes");
        refused(
                "/api/v1/services",
                key,
                "{\"name\":\"S\",\"duration_minutes\":30,\"keywords\":[\"" + "k".repeat(101) + "\"]}",
                422,
                "keywords");
        refused(
                "/api/v1/services",
                key,
                "{\"name\":\"S\",\"duration_minutes\":30,\"branch_id\":\"00000000-0000-4000-8000-000000000000\"}",
                422,
                "branch_id");

        refused("/api/v1/staff", key, "{\"branch_id\":\"" + t.branch() + "\"}", 422, "name");
        refused("/api/v1/staff", key, "{\"name\":\"S\"}", 422, "branch_id");
        refused(
                "/api/v1/staff",
                key,
                "{\"name\":\"S\",\"branch_id\":\"" + t.branch() + "\",\"service_ids\":[\"x\"]}",
                422,
                "service_ids");
        refused(
                "/api/v1/staff",
                key,
                "{\"name\":\"S\",\"branch_id\":\"" + t.branch() + "\",\"service_ids\":\"" + t.service() + "\"}",
                422,
                "service_ids");
    }

    @Test
    void hostileTextIsStoredAndAnsweredLiterally() {
        String name = "Robert'); DROP TABLE branches;-- <script>alert(1)</script> \\\" ü";
        String body = "{\"name\":" + ApiServer.JSON.valueToTree(name) + ",\"working_hours\":{}}";
        String id = api.post("/api/v1/branches", t.key(), body).expect(201).text("id");

        assertThat(api.get("/api/v1/branches/" + id, t.key()).expect(200).text("name"))
                .isEqualTo(name);
    }

    @Test
    void anOversizedBodyIs413AndNothingIsStored() {
        String huge = "{\"name\":\"" + "x".repeat(70 * 1024) + "\",\"working_hours\":{}}";
        refused("/api/v1/branches", t.key(), huge, 413, null);
    }

    @Test
    void aKeyOverItsRateLimitGets429WithRetryAfter(@TempDir Path other) {
        try (ApiServer limited = new ApiServer(other, 5)) {
            ApiServer.Reply last = null;
            for (int i = 0; i < 50; i++) {
                last = limited.get("/api/v1/companies", ApiServer.PLATFORM_KEY);
                if (last.status() == 429) {
                    break;
                }
                last.expect(200);
            }
            last.problem(429, null);
            assertThat(Long.parseLong(
                            last.raw().headers().firstValue("Retry-After").orElseThrow()))
                    .isPositive();
        }
    }
}
