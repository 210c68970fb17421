package com.askpro.booking.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.Tuning;
import com.askpro.booking.bootstrap.api.AdminApiTest.TenantSetup;
import com.askpro.booking.bootstrap.api.ApiServer.Reply;
import com.askpro.booking.bootstrap.api.FakeRetell.Seen;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retell onboarding through real HTTP against a stand-in Retell on MockWebServer: the exact
 * requests (method, path, key, body field by field, shared/reference/retell.md §5), re-provisioning
 * as updates, dry run, the validation matrix, Retell failing (401, 422, 429, 500, timeout) with
 * nothing half-stored, drift, the self-test through this very server, and tenancy and roles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetellProvisioningApiTest {

    @TempDir
    static Path dir;

    /** The Retell client gives up on a silent Retell after 1.5 s and retries after 10 ms (not seconds). */
    static final Tuning SHORT_RETELL_TIMEOUTS = Tuning.defaults()
            .withRetell(api -> api.withTimeouts(Duration.ofMillis(1500), Duration.ofMillis(1500))
                    .withRetries(
                            api.maxRetries(), Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMillis(40)));

    final MockWebServer retellServer = new MockWebServer();
    final FakeRetell retell = new FakeRetell();
    ApiServer api;
    String publicUrl;
    JsonNode catalog;

    @BeforeAll
    void start() throws IOException {
        retellServer.setDispatcher(retell);
        retellServer.start();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        publicUrl = "http://127.0.0.1:" + port;
        api = new ApiServer(
                dir,
                100_000,
                Map.of(
                        "ASKPRO_HTTP_PORT",
                        Integer.toString(port),
                        "ASKPRO_PUBLIC_URL",
                        publicUrl + "/",
                        "ASKPRO_RETELL_BASE_URL",
                        retellServer.url("/").toString(),
                        "ASKPRO_RETELL_PROVISIONING_KEY",
                        FakeRetell.KEY),
                SHORT_RETELL_TIMEOUTS);
        try (InputStream in =
                getClass().getResourceAsStream("/com/askpro/booking/adapter/retell/tools/retell-tools.json")) {
            catalog = FakeRetell.JSON.readTree(in);
        }
    }

    @AfterAll
    void stop() {
        api.close();
        retellServer.close();
    }

    @BeforeEach
    void forget() {
        retell.clearRequests();
    }

    private TenantSetup tenant(String name) {
        String number = "+4930" + ThreadLocalRandom.current().nextInt(2_000_000, 9_999_999);
        TenantSetup t = AdminApiTest.setUp(api, name, number);
        retell.addNumber(number);
        return t;
    }

    private static String e164(ApiServer api, TenantSetup t) {
        return api.get("/api/v1/phone-numbers/" + t.phone(), t.key())
                .expect(200)
                .text("number");
    }

    private Reply provision(TenantSetup t) {
        return api.post("/api/v1/branches/" + t.branch() + "/retell/provision", t.key(), null);
    }

    private List<Seen> writes() {
        return retell.requests().stream().filter(Seen::writes).toList();
    }

    @Test
    void firstProvisioningSendsTheReferenceRequestsFieldByFieldAndStoresTheIds() {
        TenantSetup t = tenant("Salon Erst");
        String number = e164(api, t);

        JsonNode answer = provision(t).expect(200).json();

        List<Seen> requests = retell.requests();
        assertThat(requests)
                .extracting(r -> r.method() + " " + r.target())
                .containsExactly(
                        "GET /get-phone-number/" + number,
                        "POST /create-retell-llm",
                        "POST /create-agent",
                        "POST /publish-agent/" + answer.at("/binding/agent_id").asText(),
                        "PATCH /update-phone-number/" + number);
        assertThat(requests).extracting(Seen::authorization).containsOnly("Bearer " + FakeRetell.KEY);

        JsonNode llm = requests.get(1).body();
        assertThat(llm.path("general_prompt").asText())
                .contains(
                        "Salon Erst",
                        "Mitte",
                        "Haarschnitt (30 Minuten",
                        "Erfinde niemals einen Termin",
                        "zuerst prüfen, dann buchen",
                        "Bestätige vor dem Buchen den Namen",
                        "Buchstabiere",
                        "{{today}}");
        assertThat(llm.path("begin_message").asText()).contains("Salon Erst");
        JsonNode tools = llm.path("general_tools");
        assertThat(tools).hasSize(6);
        for (int i = 0; i < tools.size(); i++) {
            JsonNode tool = tools.get(i);
            JsonNode expected = catalog.path("tools").get(i);
            assertThat(tool.path("type").asText()).isEqualTo("custom");
            assertThat(tool.path("name").asText())
                    .isEqualTo(expected.path("name").asText());
            assertThat(tool.path("description").asText())
                    .isEqualTo(expected.path("description").asText());
            assertThat(tool.path("url").asText()).isEqualTo(publicUrl + "/webhooks/retell/functions");
            assertThat(tool.path("method").asText()).isEqualTo("POST");
            assertThat(tool.path("parameters")).isEqualTo(expected.path("parameters"));
            assertThat(tool.path("speak_during_execution").asBoolean()).isTrue();
            assertThat(tool.path("timeout_ms").asInt()).isEqualTo(10_000);
        }
        assertThat(tools.findValuesAsText("name"))
                .containsExactly(
                        "list_services",
                        "check_availability",
                        "book_appointment",
                        "find_my_appointments",
                        "reschedule_appointment",
                        "cancel_appointment");

        JsonNode agent = requests.get(2).body();
        String llmId = answer.at("/binding/llm_id").asText();
        assertThat(agent.path("response_engine").path("type").asText()).isEqualTo("retell-llm");
        assertThat(agent.path("response_engine").path("llm_id").asText()).isEqualTo(llmId);
        assertThat(agent.path("voice_id").asText()).isEqualTo("11labs-Adrian");
        assertThat(agent.path("language").asText()).isEqualTo("de-DE");
        assertThat(agent.path("webhook_url").asText()).isEqualTo(publicUrl + "/webhooks/retell");
        assertThat(agent.path("webhook_events").findValuesAsText("")).isEmpty();
        assertThat(FakeRetell.JSON.convertValue(agent.path("webhook_events"), List.class))
                .containsExactlyInAnyOrder("call_started", "call_ended", "call_analyzed");
        assertThat(agent.path("agent_name").asText()).isEqualTo("Salon Erst – Mitte");

        assertThat(requests.get(3).body()).isNull();
        JsonNode bind = requests.get(4).body();
        String agentId = answer.at("/binding/agent_id").asText();
        assertThat(bind.path("inbound_agents")).hasSize(1);
        assertThat(bind.at("/inbound_agents/0/agent_id").asText()).isEqualTo(agentId);
        assertThat(bind.at("/inbound_agents/0/weight").asInt()).isEqualTo(1);
        assertThat(bind.path("inbound_webhook_url").asText()).isEqualTo(publicUrl + "/webhooks/retell/inbound");

        assertThat(answer.path("dry_run").asBoolean()).isFalse();
        assertThat(answer.path("steps").findValuesAsText("action"))
                .containsExactly("create", "create", "publish", "bind");
        JsonNode status = api.get("/api/v1/branches/" + t.branch() + "/retell", t.key())
                .expect(200)
                .json();
        assertThat(status.path("provisioned").asBoolean()).isTrue();
        assertThat(status.path("llm_id").asText()).isEqualTo(llmId);
        assertThat(status.path("agent_id").asText()).isEqualTo(agentId);
        assertThat(status.path("phone_numbers").get(0).asText()).isEqualTo(number);
        assertThat(status.path("last_provisioned_at").asText()).endsWith("Z");
        assertThat(status.path("drift_checked").asBoolean()).isTrue();
        assertThat(status.path("drift")).as(status.toString()).isEmpty();
        assertThat(status.path("in_sync").asBoolean()).isTrue();
    }

    @Test
    void provisioningAgainUpdatesTheSameLlmAndAgentPublishesAndNeverCreates() {
        TenantSetup t = tenant("Salon Wieder");
        String number = e164(api, t);
        JsonNode first = provision(t).expect(200).json();
        String llmId = first.at("/binding/llm_id").asText();
        String agentId = first.at("/binding/agent_id").asText();
        int llms = retell.llms.size();
        int agents = retell.agents.size();
        api.call("PATCH", "/api/v1/branches/" + t.branch(), t.key(), "{\"name\":\"Mitte-Nord\"}")
                .expect(200);
        retell.clearRequests();

        JsonNode second = provision(t).expect(200).json();

        assertThat(retell.requests())
                .extracting(r -> r.method() + " " + r.target())
                .containsExactly(
                        "GET /get-phone-number/" + number,
                        "GET /get-retell-llm/" + llmId,
                        "GET /get-agent/" + agentId,
                        "PATCH /update-retell-llm/" + llmId,
                        "PATCH /update-agent/" + agentId,
                        "POST /publish-agent/" + agentId,
                        "PATCH /update-phone-number/" + number);
        assertThat(retell.requests().get(3).body().path("general_prompt").asText())
                .contains("Mitte-Nord");
        assertThat(second.at("/binding/llm_id").asText()).isEqualTo(llmId);
        assertThat(second.at("/binding/agent_id").asText()).isEqualTo(agentId);
        assertThat(second.at("/binding/agent_version").asInt())
                .isEqualTo(first.at("/binding/agent_version").asInt() + 1);
        assertThat(second.path("steps").findValuesAsText("action"))
                .containsExactly("update", "update", "publish", "bind");
        assertThat(second.path("differences").findValuesAsText("field")).contains("general_prompt", "agent_name");
        assertThat(retell.llms).hasSize(llms);
        assertThat(retell.agents).hasSize(agents);
    }

    @Test
    void aDryRunAnswersThePlanAndSendsNoChange() {
        TenantSetup t = tenant("Salon Plan");
        JsonNode plan = api.post("/api/v1/branches/" + t.branch() + "/retell/provision?dry_run=true", t.key(), null)
                .expect(200)
                .json();

        assertThat(plan.path("dry_run").asBoolean()).isTrue();
        assertThat(plan.path("binding").isNull()).isTrue();
        assertThat(plan.path("steps").findValuesAsText("action"))
                .containsExactly("create", "create", "publish", "bind");
        assertThat(writes()).isEmpty();
        assertThat(api.get("/api/v1/branches/" + t.branch() + "/retell", t.key())
                        .json()
                        .path("provisioned")
                        .asBoolean())
                .isFalse();

        provision(t).expect(200);
        retell.clearRequests();
        api.call("PATCH", "/api/v1/branches/" + t.branch(), t.key(), "{\"name\":\"Umbenannt\"}")
                .expect(200);
        JsonNode again = api.post("/api/v1/branches/" + t.branch() + "/retell/provision?dry_run=true", t.key(), null)
                .expect(200)
                .json();
        assertThat(again.path("steps").findValuesAsText("action"))
                .containsExactly("update", "update", "publish", "bind");
        assertThat(again.path("differences").findValuesAsText("field")).contains("general_prompt", "agent_name");
        assertThat(writes()).isEmpty();
        api.post("/api/v1/branches/" + t.branch() + "/retell/provision?dry_run=maybe", t.key(), null)
                .problem(422, "dry_run");
    }

    @Test
    void eachValidationProblemAloneAnswers422NamingItAndSendsNothing() {
        TenantSetup inactive = tenant("Salon Zu");
        api.call("PATCH", "/api/v1/branches/" + inactive.branch(), inactive.key(), "{\"active\":false}")
                .expect(200);
        assertOnlyProblem(inactive, "active");

        TenantSetup noService = tenant("Salon Leer");
        api.call("DELETE", "/api/v1/services/" + noService.service(), noService.key(), null)
                .expect(200);
        assertOnlyProblem(noService, "services");

        TenantSetup closed = tenant("Salon Nie");
        api.call("PATCH", "/api/v1/branches/" + closed.branch(), closed.key(), "{\"working_hours\":{}}")
                .expect(200);
        assertOnlyProblem(closed, "working_hours");

        TenantSetup noNumber = tenant("Salon Stumm");
        api.call("DELETE", "/api/v1/phone-numbers/" + noNumber.phone(), noNumber.key(), null)
                .expect(204);
        assertOnlyProblem(noNumber, "phone_number");

        TenantSetup unstaffed = tenant("Salon Solo");
        String colour = api.post(
                        "/api/v1/services",
                        unstaffed.key(),
                        "{\"name\":\"Färben\",\"duration_minutes\":90,\"branch_id\":\"" + unstaffed.branch() + "\"}")
                .expect(201)
                .text("id");
        assertOnlyProblem(unstaffed, "services[" + colour + "]");

        TenantSetup unknownNumber = tenant("Salon Fremd");
        retell.numbers.remove(e164(api, unknownNumber));
        assertOnlyProblem(unknownNumber, "phone_number");
    }

    private void assertOnlyProblem(TenantSetup t, String field) {
        retell.clearRequests();
        Reply reply = provision(t).problem(422, field);
        assertThat(reply.json().path("errors")).as(reply.raw().body()).hasSize(1);
        assertThat(reply.json().path("title").asText()).isEqualTo("Not ready for Retell");
        assertThat(writes()).isEmpty();
        assertThat(api.get("/api/v1/branches/" + t.branch() + "/retell", t.key())
                        .json()
                        .path("provisioned")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void allProblemsAtOnceAreAnsweredTogether() {
        TenantSetup t = tenant("Salon Alles");
        String colour = api.post(
                        "/api/v1/services",
                        t.key(),
                        "{\"name\":\"Färben\",\"duration_minutes\":90,\"branch_id\":\"" + t.branch() + "\"}")
                .expect(201)
                .text("id");
        api.call("PATCH", "/api/v1/branches/" + t.branch(), t.key(), "{\"active\":false,\"working_hours\":{}}")
                .expect(200);
        retell.numbers.remove(e164(api, t));

        Reply reply = provision(t).problem(422, null);
        assertThat(reply.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("active", "working_hours", "services[" + colour + "]", "phone_number");
        assertThat(writes()).isEmpty();

        api.call("DELETE", "/api/v1/phone-numbers/" + t.phone(), t.key(), null).expect(204);
        api.call("DELETE", "/api/v1/services/" + t.service(), t.key(), null).expect(200);
        api.call("DELETE", "/api/v1/services/" + colour, t.key(), null).expect(200);
        retell.clearRequests();
        assertThat(provision(t).problem(422, null).json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("active", "working_hours", "services", "phone_number");
        assertThat(retell.requests()).isEmpty();
    }

    @Test
    void withoutAPublicUrlProvisioningAndTheSelfTestAreRefusedBeforeAnythingIsSent(@TempDir Path other) {
        try (ApiServer bare = new ApiServer(
                other,
                100_000,
                Map.of(
                        "ASKPRO_RETELL_BASE_URL",
                        retellServer.url("/").toString(),
                        "ASKPRO_RETELL_PROVISIONING_KEY",
                        FakeRetell.KEY))) {
            TenantSetup t = AdminApiTest.setUp(bare, "Salon Ohne", "030 7771234");
            retell.addNumber("+49307771234");
            Reply reply = bare.post("/api/v1/branches/" + t.branch() + "/retell/provision", t.key(), null)
                    .problem(422, null);
            assertThat(reply.json().path("errors").findValuesAsText("field")).containsExactly("ASKPRO_PUBLIC_URL");
            bare.post("/api/v1/branches/" + t.branch() + "/retell/test", t.key(), null)
                    .problem(422, "ASKPRO_PUBLIC_URL");
            JsonNode status = bare.get("/api/v1/branches/" + t.branch() + "/retell", t.key())
                    .expect(200)
                    .json();
            assertThat(status.path("drift_checked").asBoolean()).isFalse();
            assertThat(status.path("problems").findValuesAsText("field")).containsExactly("ASKPRO_PUBLIC_URL");
        }
        assertThat(writes()).isEmpty();
    }

    @Test
    void aNumberRetellLacksIsImportedThroughTheCompanysSipTrunk() {
        TenantSetup t = tenant("Salon Import");
        String number = e164(api, t);
        retell.numbers.remove(number);
        api.call(
                        "PUT",
                        "/api/v1/retell/settings",
                        t.key(),
                        "{\"retell_voice_id\":\"11labs-Carola\",\"sip_termination_uri\":"
                                + "\"askpro.pstn.example.com\"}")
                .expect(200);
        assertThat(api.get("/api/v1/retell/settings", t.key()).expect(200).text("sip_termination_uri"))
                .isEqualTo("askpro.pstn.example.com");

        JsonNode answer = provision(t).expect(200).json();

        Seen imported = retell.requests().stream()
                .filter(r -> r.target().equals("/import-phone-number"))
                .findFirst()
                .orElseThrow();
        assertThat(imported.method()).isEqualTo("POST");
        assertThat(imported.body().path("phone_number").asText()).isEqualTo(number);
        assertThat(imported.body().path("termination_uri").asText()).isEqualTo("askpro.pstn.example.com");
        assertThat(imported.body().at("/inbound_agents/0/agent_id").asText())
                .isEqualTo(answer.at("/binding/agent_id").asText());
        assertThat(imported.body().path("inbound_webhook_url").asText())
                .isEqualTo(publicUrl + "/webhooks/retell/inbound");
        assertThat(retell.requests()).noneMatch(r -> r.target().startsWith("/update-phone-number"));
        Seen agent = retell.requests().stream()
                .filter(r -> r.target().equals("/create-agent"))
                .findFirst()
                .orElseThrow();
        assertThat(agent.body().path("voice_id").asText()).isEqualTo("11labs-Carola");
        api.call("PUT", "/api/v1/retell/settings", t.key(), "{\"retell_voice_id\":\"not a voice\"}")
                .problem(422, "retell_voice_id");
    }

    @Test
    void retellRefusingTheKeyAnswers502AndNothingIsStored() {
        TenantSetup t = tenant("Salon 401");
        retell.fail(
                "create-retell-llm", FakeRetell.json(401, "{\"status\":\"error\",\"message\":\"Invalid API key\"}"));
        Reply reply = provision(t).problem(502, null);
        assertThat(reply.json().path("type").asText()).endsWith("/retell-unauthorized");
        assertThat(reply.json().path("detail").asText())
                .contains("create-retell-llm", "Invalid API key", "nothing was stored")
                .doesNotContain(FakeRetell.KEY);
        assertNotProvisioned(t);
    }

    @Test
    void retellRejectingTheAgentDeletesTheNewLlmAndStoresNothing() {
        TenantSetup t = tenant("Salon 422");
        int llms = retell.llms.size();
        retell.fail("create-agent", FakeRetell.json(422, "{\"status\":\"error\",\"message\":\"voice_id not found\"}"));
        Reply reply = provision(t).problem(502, null);
        assertThat(reply.json().path("type").asText()).endsWith("/retell-rejected");
        assertThat(reply.json().path("detail").asText())
                .contains("create-agent", "voice_id not found", "deleted again");
        assertThat(retell.requests())
                .anyMatch(r -> r.method().equals("DELETE") && r.target().startsWith("/delete-retell-llm/"));
        assertThat(retell.llms).hasSize(llms);
        assertNotProvisioned(t);
    }

    @Test
    void aLasting429Answers503WithRetryAfterAfterBoundedRetries() {
        TenantSetup t = tenant("Salon 429");
        MockResponse limited = new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "1")
                .body("{\"status\":\"error\",\"message\":\"Too many requests\"}")
                .build();
        retell.fail("create-agent", limited, limited, limited, limited, limited);
        Reply reply = provision(t).problem(503, null);
        assertThat(reply.json().path("type").asText()).endsWith("/retell-rate-limited");
        assertThat(reply.raw().headers().firstValue("Retry-After")).contains("1");
        assertThat(retell.requests().stream()
                        .filter(r -> r.target().equals("/create-agent"))
                        .count())
                .isEqualTo(4);
        assertNotProvisioned(t);
    }

    @Test
    void aPassing429IsWaitedOutEvenForACreate() {
        TenantSetup t = tenant("Salon 429 kurz");
        retell.fail(
                "create-agent",
                new MockResponse.Builder()
                        .code(429)
                        .body("{\"message\":\"slow down\"}")
                        .build());
        provision(t).expect(200);
        assertThat(retell.requests().stream()
                        .filter(r -> r.target().equals("/create-agent"))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void a500OnPublishIsNotRepeatedAndRemovesWhatWasCreated() {
        TenantSetup t = tenant("Salon 500");
        retell.fail("publish-agent", FakeRetell.json(500, "{\"status\":\"error\",\"message\":\"internal\"}"));
        Reply reply = provision(t).problem(503, null);
        assertThat(reply.json().path("type").asText()).endsWith("/retell-unavailable");
        assertThat(retell.requests().stream()
                        .filter(r -> r.operation().equals("publish-agent"))
                        .count())
                .isEqualTo(1);
        assertThat(retell.requests())
                .anyMatch(r -> r.target().startsWith("/delete-agent/"))
                .anyMatch(r -> r.target().startsWith("/delete-retell-llm/"));
        assertNotProvisioned(t);
    }

    @Test
    void aTimeoutAnswers504AfterRetryingTheSafeUpdateAndStoresNothing() {
        TenantSetup t = tenant("Salon Langsam");
        MockResponse slow = new MockResponse.Builder()
                .code(200)
                .body("{}")
                .headersDelay(4, TimeUnit.SECONDS)
                .build();
        retell.fail("update-phone-number", slow, slow, slow, slow);
        Reply reply = provision(t).problem(504, null);
        assertThat(reply.json().path("type").asText()).endsWith("/retell-timeout");
        assertThat(reply.json().path("detail").asText()).contains("update-phone-number");
        assertThat(retell.requests().stream()
                        .filter(r -> r.operation().equals("update-phone-number"))
                        .count())
                .isEqualTo(4);
        assertNotProvisioned(t);
    }

    private void assertNotProvisioned(TenantSetup t) {
        JsonNode status = api.get("/api/v1/branches/" + t.branch() + "/retell", t.key())
                .expect(200)
                .json();
        assertThat(status.path("provisioned").asBoolean()).isFalse();
        assertThat(status.path("llm_id").isNull()).isTrue();
    }

    @Test
    void driftReportsWhatSomeoneChangedInRetellAndProvisioningAgainRepairsIt() {
        TenantSetup t = tenant("Salon Drift");
        String number = e164(api, t);
        JsonNode binding = provision(t).expect(200).json().path("binding");
        String agentId = binding.path("agent_id").asText();
        String llmId = binding.path("llm_id").asText();
        retell.agents
                .get(agentId)
                .put("webhook_url", "https://elsewhere.example.com/hook")
                .put("voice_id", "11labs-Other");
        ((com.fasterxml.jackson.databind.node.ArrayNode) retell.llms.get(llmId).path("general_tools")).remove(5);
        retell.numbers.get(number).put("inbound_webhook_url", "https://elsewhere.example.com/inbound");
        retell.clearRequests();

        JsonNode status = api.get("/api/v1/branches/" + t.branch() + "/retell", t.key())
                .expect(200)
                .json();
        assertThat(status.path("in_sync").asBoolean()).isFalse();
        assertThat(status.path("drift").findValuesAsText("field"))
                .containsExactlyInAnyOrder("webhook_url", "voice_id", "general_tools", number + ".inbound_webhook_url");
        JsonNode webhook = status.path("drift").findParents("field").stream()
                .filter(d -> d.path("field").asText().equals("webhook_url"))
                .findFirst()
                .orElseThrow();
        assertThat(webhook.path("expected").asText()).isEqualTo(publicUrl + "/webhooks/retell");
        assertThat(webhook.path("actual").asText()).isEqualTo("https://elsewhere.example.com/hook");
        assertThat(writes()).isEmpty();

        provision(t).expect(200);
        assertThat(api.get("/api/v1/branches/" + t.branch() + "/retell", t.key())
                        .json()
                        .path("in_sync")
                        .asBoolean())
                .isTrue();
        retell.agents.remove(agentId);
        assertThat(api.get("/api/v1/branches/" + t.branch() + "/retell", t.key())
                        .json()
                        .path("drift")
                        .findValuesAsText("field"))
                .contains("agent_id");
    }

    @Test
    void theSelfTestPlaysASignedCallThroughThisServersPublicEndpoints() {
        TenantSetup t = tenant("Salon Probe");
        JsonNode report = api.post("/api/v1/branches/" + t.branch() + "/retell/test", t.key(), null)
                .expect(200)
                .json();

        assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("steps").findValuesAsText("name"))
                .containsExactly("inbound", "function list_services", "call_started", "call_ended", "call recorded");
        for (JsonNode step : report.path("steps")) {
            assertThat(step.path("arrived").asBoolean()).as(step.toString()).isTrue();
            assertThat(step.path("processed").asBoolean()).as(step.toString()).isTrue();
            assertThat(step.path("millis").asLong()).isNotNegative();
        }
        assertThat(report.at("/steps/0/url").asText()).isEqualTo(publicUrl + "/webhooks/retell/inbound");
        assertThat(report.at("/steps/1/detail").asText()).contains("Haarschnitt");
        String callId = report.path("call_id").asText();
        assertThat(callId).startsWith("selftest_");
        JsonNode calls = api.get("/api/v1/calls", t.key()).expect(200).json().path("items");
        assertThat(calls.findValuesAsText("retell_call_id")).contains(callId);
        assertThat(retell.requests()).isEmpty();

        api.call("DELETE", "/api/v1/phone-numbers/" + t.phone(), t.key(), null).expect(204);
        api.post("/api/v1/branches/" + t.branch() + "/retell/test", t.key(), null)
                .problem(422, "phone_number");
    }

    @Test
    void onlyTheTenantsOwnAdminKeyReachesTheOnboardingRoutes() {
        TenantSetup owner = tenant("Salon Eigen");
        TenantSetup other = tenant("Salon Andere");
        String readKey = api.post(
                        "/api/v1/companies/" + owner.tenant().id() + "/api-keys",
                        owner.key(),
                        "{\"role\":\"tenant_read\"}")
                .expect(201)
                .text("key");
        String base = "/api/v1/branches/" + owner.branch() + "/retell";
        for (String[] route : new String[][] {{"POST", base + "/provision"}, {"GET", base}, {"POST", base + "/test"}}) {
            api.call(route[0], route[1], readKey, null).problem(403, null);
            api.call(route[0], route[1], ApiServer.PLATFORM_KEY, null).problem(403, null);
            api.call(route[0], route[1], other.key(), null).problem(404, null);
            api.call(route[0], route[1], null, null).problem(401, null);
            api.call(route[0], route[1].replace(owner.branch(), "not-a-uuid"), owner.key(), null)
                    .problem(404, null);
        }
        api.get("/api/v1/retell/settings", readKey).problem(403, null);
        assertThat(retell.requests()).isEmpty();
        assertThat(api.get(base, owner.key()).json().path("provisioned").asBoolean())
                .isFalse();
    }
}
