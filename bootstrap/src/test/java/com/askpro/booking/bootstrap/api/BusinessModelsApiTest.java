package com.askpro.booking.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.api.ApiServer.Tenant;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API of the business models (docs/business-models.md) over real HTTP: hotline numbers,
 * branch keywords and assignment, staff skills — validated like every other field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusinessModelsApiTest {

    static final String HOURS = "{\"mon\":[[\"09:00\",\"18:00\"]]}";

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

    private String branch(Tenant tenant, String name) {
        return api.post("/api/v1/branches", tenant.key(), "{\"name\":\"" + name + "\",\"working_hours\":" + HOURS + "}")
                .expect(201)
                .text("id");
    }

    @Test
    void givenACompanyWithABranchWhenANumberWithoutBranchIsAddedThenItIsAHotlineInTheList() {
        Tenant tenant = api.createTenant("Kette Eins");
        String branch = branch(tenant, "Mitte");
        String own = api.post(
                        "/api/v1/phone-numbers",
                        tenant.key(),
                        "{\"number\":\"030 5550001\",\"branch_id\":\"" + branch + "\"}")
                .expect(201)
                .text("id");

        JsonNode hotline = api.post("/api/v1/phone-numbers", tenant.key(), "{\"number\":\"030 5550000\"}")
                .expect(201)
                .json();
        JsonNode explicitNull = api.post(
                        "/api/v1/phone-numbers", tenant.key(), "{\"number\":\"030 5550009\",\"branch_id\":null}")
                .expect(201)
                .json();

        assertThat(hotline.path("branch_id").isNull()).isTrue();
        assertThat(hotline.path("hotline").asBoolean()).isTrue();
        assertThat(explicitNull.path("hotline").asBoolean()).isTrue();
        JsonNode items = api.get("/api/v1/phone-numbers", tenant.key())
                .expect(200)
                .json()
                .path("items");
        List<String> hotlines = new ArrayList<>();
        items.forEach(item -> {
            if (item.path("hotline").asBoolean()) {
                hotlines.add(item.path("number").asText());
            }
        });
        assertThat(hotlines).containsExactly("+49305550000", "+49305550009");
        JsonNode branchNumber = api.get("/api/v1/phone-numbers/" + own, tenant.key())
                .expect(200)
                .json();
        assertThat(branchNumber.path("branch_id").asText()).isEqualTo(branch);
        assertThat(branchNumber.path("hotline").asBoolean()).isFalse();
    }

    @Test
    void givenACompanyWithoutActiveBranchWhenAHotlineIsAddedThenItIsRefusedWith422() {
        Tenant none = api.createTenant("Kette Leer");
        api.post("/api/v1/phone-numbers", none.key(), "{\"number\":\"030 5550100\"}")
                .problem(422, "branch_id");

        Tenant closed = api.createTenant("Kette Zu");
        String branch = branch(closed, "Alt");
        api.call("DELETE", "/api/v1/branches/" + branch, closed.key(), null).expect(200);
        api.post("/api/v1/phone-numbers", closed.key(), "{\"number\":\"030 5550101\"}")
                .problem(422, "branch_id");
        assertThat(api.get("/api/v1/phone-numbers", closed.key())
                        .expect(200)
                        .json()
                        .path("items"))
                .isEmpty();
    }

    @Test
    void givenAnotherTenantsHotlineWhenReadOrTakenThenItIsInvisibleAndTheNumberConflicts() {
        Tenant owner = api.createTenant("Kette Eigen");
        branch(owner, "Mitte");
        String hotline = api.post("/api/v1/phone-numbers", owner.key(), "{\"number\":\"030 5550200\"}")
                .expect(201)
                .text("id");
        Tenant other = api.createTenant("Kette Fremd");
        branch(other, "Mitte");

        api.get("/api/v1/phone-numbers/" + hotline, other.key()).expect(404);
        api.call("DELETE", "/api/v1/phone-numbers/" + hotline, other.key(), null)
                .expect(404);
        assertThat(api.get("/api/v1/phone-numbers", other.key())
                        .expect(200)
                        .json()
                        .path("items"))
                .isEmpty();
        api.post("/api/v1/phone-numbers", other.key(), "{\"number\":\"+49 30 5550200\"}")
                .problem(409, "number");
        assertThat(api.get("/api/v1/phone-numbers/" + hotline, owner.key())
                        .expect(200)
                        .json()
                        .path("hotline")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void givenBranchKeywordsAndAssignmentWhenCreatedAndPatchedThenTheyReadBack() {
        Tenant tenant = api.createTenant("Kette Worte");
        JsonNode created = api.post(
                        "/api/v1/branches",
                        tenant.key(),
                        "{\"name\":\"Kreuzberg\",\"working_hours\":" + HOURS
                                + ",\"keywords\":[\"Kotti\",\"Oranienstraße\"],\"assignment\":\"best_skill\"}")
                .expect(201)
                .json();
        assertThat(created.path("keywords")).extracting(JsonNode::asText).containsExactly("Kotti", "Oranienstraße");
        assertThat(created.path("assignment").asText()).isEqualTo("best_skill");
        String id = created.path("id").asText();

        JsonNode patched = api.call("PATCH", "/api/v1/branches/" + id, tenant.key(), "{\"assignment\":\"balanced\"}")
                .expect(200)
                .json();
        assertThat(patched.path("assignment").asText()).isEqualTo("balanced");
        assertThat(patched.path("keywords")).hasSize(2);
        assertThat(api.get("/api/v1/branches/" + branch(tenant, "Mitte"), tenant.key())
                        .expect(200)
                        .json()
                        .path("assignment")
                        .asText())
                .isEqualTo("earliest");

        api.call("PATCH", "/api/v1/branches/" + id, tenant.key(), "{\"assignment\":\"random\"}")
                .problem(422, "assignment");
        api.call("PATCH", "/api/v1/branches/" + id, tenant.key(), "{\"keywords\":[\"zwei\\nZeilen\"]}")
                .problem(422, "keywords");
        api.call("PATCH", "/api/v1/branches/" + id, tenant.key(), "{\"keywords\":\"Kotti\"}")
                .problem(422, "keywords");
    }

    @Test
    void givenStaffSkillsWhenCreatedAndPatchedThenTheyReadBackNextToServiceIds() {
        Tenant tenant = api.createTenant("Kette Können");
        String branch = branch(tenant, "Mitte");
        String cut = api.post("/api/v1/services", tenant.key(), "{\"name\":\"Haarschnitt\",\"duration_minutes\":30}")
                .expect(201)
                .text("id");
        String color = api.post("/api/v1/services", tenant.key(), "{\"name\":\"Färben\",\"duration_minutes\":60}")
                .expect(201)
                .text("id");

        JsonNode staff = api.post(
                        "/api/v1/staff",
                        tenant.key(),
                        "{\"name\":\"Clara\",\"branch_id\":\"" + branch
                                + "\",\"service_ids\":[\"" + cut + "\"],\"skills\":[{\"service_id\":\"" + color
                                + "\",\"duration_minutes\":90,\"level\":3}]}")
                .expect(201)
                .json();

        assertThat(staff.path("service_ids")).extracting(JsonNode::asText).containsExactlyInAnyOrder(cut, color);
        assertThat(staff.path("skills")).hasSize(1);
        assertThat(staff.path("skills").get(0).path("service_id").asText()).isEqualTo(color);
        assertThat(staff.path("skills").get(0).path("duration_minutes").asInt()).isEqualTo(90);
        assertThat(staff.path("skills").get(0).path("level").asInt()).isEqualTo(3);
        String id = staff.path("id").asText();

        JsonNode onlyCut = api.call("PATCH", "/api/v1/staff/" + id, tenant.key(), "{\"service_ids\":[\"" + cut + "\"]}")
                .expect(200)
                .json();
        assertThat(onlyCut.path("skills")).isEmpty();
        assertThat(onlyCut.path("service_ids")).extracting(JsonNode::asText).containsExactly(cut);

        JsonNode plain = api.post(
                        "/api/v1/staff",
                        tenant.key(),
                        "{\"name\":\"Dora\",\"branch_id\":\"" + branch + "\",\"service_ids\":[\"" + cut + "\"]}")
                .expect(201)
                .json();
        assertThat(plain.path("skills")).isEmpty();
    }

    @Test
    void givenInvalidSkillsWhenStaffIsCreatedThenEachIsRefusedWith422() {
        Tenant tenant = api.createTenant("Kette Falsch");
        String branch = branch(tenant, "Mitte");
        String cut = api.post("/api/v1/services", tenant.key(), "{\"name\":\"Haarschnitt\",\"duration_minutes\":30}")
                .expect(201)
                .text("id");
        Tenant other = api.createTenant("Kette Andere");
        String foreign = api.post("/api/v1/services", other.key(), "{\"name\":\"Fremd\",\"duration_minutes\":30}")
                .expect(201)
                .text("id");
        String prefix = "{\"name\":\"Eve\",\"branch_id\":\"" + branch + "\",\"skills\":[";

        api.post("/api/v1/staff", tenant.key(), prefix + "{\"service_id\":\"" + foreign + "\",\"level\":1}]}")
                .problem(422, "skills.service_id");
        api.post(
                        "/api/v1/staff",
                        tenant.key(),
                        prefix + "{\"service_id\":\"" + java.util.UUID.randomUUID() + "\",\"level\":1}]}")
                .problem(422, "skills.service_id");
        api.post("/api/v1/staff", tenant.key(), prefix + "{\"service_id\":\"" + cut + "\",\"level\":4}]}")
                .problem(422, "skills.level");
        api.post("/api/v1/staff", tenant.key(), prefix + "{\"service_id\":\"" + cut + "\",\"level\":0}]}")
                .problem(422, "skills.level");
        api.post("/api/v1/staff", tenant.key(), prefix + "{\"service_id\":\"" + cut + "\"}]}")
                .problem(422, "skills.level");
        api.post(
                        "/api/v1/staff",
                        tenant.key(),
                        prefix + "{\"service_id\":\"" + cut + "\",\"level\":2,\"duration_minutes\":0}]}")
                .problem(422, "skills.duration_minutes");
        api.post(
                        "/api/v1/staff",
                        tenant.key(),
                        prefix + "{\"service_id\":\"" + cut + "\",\"level\":2},{\"service_id\":\"" + cut
                                + "\",\"level\":3}]}")
                .problem(422, "skills");
        api.post(
                        "/api/v1/staff",
                        tenant.key(),
                        prefix + "{\"service_id\":\"" + cut + "\",\"level\":2,\"colour\":\"red\"}]}")
                .problem(422, "skills[0].colour");
        assertThat(api.get("/api/v1/staff", tenant.key()).expect(200).json().path("items"))
                .isEmpty();
    }

    @Test
    void givenTheOpenApiDocumentWhenReadThenItDescribesEveryNewField() {
        JsonNode schemas = api.get("/api/v1/openapi.json", null)
                .expect(200)
                .json()
                .path("components")
                .path("schemas");

        assertThat(schemas.path("PhoneNumberInput").path("required"))
                .extracting(JsonNode::asText)
                .containsExactly("number");
        assertThat(schemas.path("PhoneNumber").path("properties").has("hotline"))
                .isTrue();
        assertThat(schemas.path("BranchInput")
                        .path("properties")
                        .path("assignment")
                        .path("enum"))
                .extracting(JsonNode::asText)
                .containsExactly("earliest", "balanced", "best_skill");
        assertThat(schemas.path("BranchInput").path("properties").has("keywords"))
                .isTrue();
        JsonNode skill =
                schemas.path("StaffInput").path("properties").path("skills").path("items");
        assertThat(skill.path("properties").path("level").path("maximum").asInt())
                .isEqualTo(3);
        assertThat(skill.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.path("Staff").path("properties").has("skills")).isTrue();
    }
}
