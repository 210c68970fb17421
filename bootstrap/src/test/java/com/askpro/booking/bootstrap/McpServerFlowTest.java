package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.McpClients.call;
import static com.askpro.booking.bootstrap.McpClients.structured;
import static com.askpro.booking.bootstrap.McpClients.text;
import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.admin.ApiKeySecrets;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.TenantContext;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 17: the MCP server at {@code /mcp} over real HTTP, driven by the MCP Java SDK's own
 * client: initialize, tools with schemas, the read tools, authentication before any JSON-RPC,
 * tenant isolation, and bad input answered as tool errors or JSON-RPC errors, never a 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpServerFlowTest {

    static final String PLATFORM_KEY = "platform_mcp_flowtest_0123456789";

    RunningServer app;
    String adminKey;
    String readKey;
    String otherTenantKey;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The database to run on; the embedded one here, PostgreSQL in a subclass. */
    Map<String, String> database() throws Exception {
        return Map.of();
    }

    void dropDatabase() throws Exception {}

    @BeforeAll
    void start() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(database());
        env.put("ASKPRO_ADMIN_KEY", PLATFORM_KEY);
        app = RunningServer.start(
                Clock.fixed(BookingFunctionsFlowTest.NOW, ZoneOffset.UTC),
                Server.SWEEP_INTERVAL,
                Files.createTempDirectory("askpro-mcp"),
                env);
        adminKey = key(app.demoTenant(), ApiKeyRole.TENANT_ADMIN);
        readKey = key(app.demoTenant(), ApiKeyRole.TENANT_READ);
        Company other = app.db()
                .companies()
                .add(Company.create(CompanyId.newId(), "Other Salon", "DE", ZoneId.of("Europe/Berlin"), Language.DE));
        otherTenantKey = key(other.tenant(), ApiKeyRole.TENANT_ADMIN);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        dropDatabase();
    }

    String key(TenantContext tenant, ApiKeyRole role) {
        return AdminWiring.apiKeys(app.db(), app.clock())
                .store(tenant, role, "mcp-test", ApiKeySecrets.generate())
                .secret();
    }

    HttpResponse<String> post(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/mcp"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void initializeNegotiatesTheCurrentProtocolAndAnswersPing() {
        try (McpSyncClient client = McpClients.connect(app.port(), adminKey)) {
            McpSchema.InitializeResult init = client.initialize();
            assertThat(init.protocolVersion()).isEqualTo(ProtocolVersions.MCP_2025_11_25);
            assertThat(init.serverInfo().name()).isEqualTo("askpro-booking");
            assertThat(init.capabilities().tools()).isNotNull();
            assertThat(client.ping()).isNotNull();
        }
    }

    @Test
    void toolsAreListedWithInputSchemas() {
        try (McpSyncClient client = McpClients.connect(app.port(), readKey)) {
            client.initialize();
            List<McpSchema.Tool> tools = client.listTools().tools();
            assertThat(tools)
                    .extracting(McpSchema.Tool::name)
                    .containsExactlyInAnyOrder(
                            "list_branches",
                            "list_services",
                            "list_calls",
                            "get_call",
                            "list_appointments",
                            "check_availability",
                            "book_appointment",
                            "find_appointments",
                            "reschedule_appointment",
                            "cancel_appointment",
                            "get_retell_configuration",
                            "provision_branch",
                            "test_branch_line");
            for (McpSchema.Tool tool : tools) {
                assertThat(tool.inputSchema().get("type")).as(tool.name()).isEqualTo("object");
                assertThat(tool.inputSchema()).as(tool.name()).containsKey("properties");
                assertThat(tool.description()).as(tool.name()).isNotBlank();
            }
            McpSchema.Tool getCall = tools.stream()
                    .filter(t -> t.name().equals("get_call"))
                    .findFirst()
                    .orElseThrow();
            assertThat(getCall.inputSchema().get("required")).isEqualTo(List.of("call_id"));
            assertThat(getCall.annotations().readOnlyHint()).isTrue();
            McpSchema.Tool book = tools.stream()
                    .filter(t -> t.name().equals("book_appointment"))
                    .findFirst()
                    .orElseThrow();
            assertThat((List<?>) book.inputSchema().get("required"))
                    .asList()
                    .containsExactly("service", "date", "time", "customer_name", "customer_phone");
            assertThat(book.inputSchema().get("properties").toString()).contains("idempotency_key", "branch", "staff");
            assertThat(book.annotations().readOnlyHint()).isFalse();
        }
    }

    @Test
    void branchesAndServicesOfTheKeysTenantOnly() {
        String demoBranch =
                app.db().branches().list(app.demoTenant()).get(0).id().toString();
        try (McpSyncClient client = McpClients.connect(app.port(), readKey)) {
            client.initialize();
            McpSchema.CallToolResult branches = call(client, "list_branches", Map.of());
            assertThat(branches.isError()).isFalse();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items =
                    (List<Map<String, Object>>) structured(branches).get("branches");
            assertThat(items).extracting(b -> b.get("name")).containsExactly("Berlin Mitte");
            assertThat(items.get(0).get("time_zone")).isEqualTo("Europe/Berlin");
            assertThat(text(branches)).contains("Berlin Mitte");

            McpSchema.CallToolResult services = call(client, "list_services", Map.of("branch", "berlin mitte"));
            assertThat(services.isError()).isFalse();
            assertThat(structured(services).get("services").toString()).contains("Haarschnitt", "duration_minutes=30");

            McpSchema.ReadResourceResult resource = client.readResource(new McpSchema.ReadResourceRequest(
                    "askpro://branches/" + items.get(0).get("branch_id")));
            assertThat(((McpSchema.TextResourceContents) resource.contents().get(0)).text())
                    .contains("\"mon\":[[\"09:00\",\"18:00\"]]", "Färben");
        }
        try (McpSyncClient other = McpClients.connect(app.port(), otherTenantKey)) {
            other.initialize();
            McpSchema.CallToolResult branches = call(other, "list_branches", Map.of());
            assertThat(structured(branches).get("branches")).isEqualTo(List.of());
            McpSchema.CallToolResult services = call(other, "list_services", Map.of("branch", "Berlin Mitte"));
            assertThat(services.isError()).isTrue();
            assertThatThrownBy(() ->
                            other.readResource(new McpSchema.ReadResourceRequest("askpro://branches/" + demoBranch)))
                    .isInstanceOf(io.modelcontextprotocol.spec.McpError.class)
                    .satisfies(e -> assertThat(((io.modelcontextprotocol.spec.McpError) e)
                                    .getJsonRpcError()
                                    .code())
                            .isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND));
        }
    }

    @Test
    void callsWithTranscriptThroughGetCall() {
        Instant started = BookingFunctionsFlowTest.NOW.minusSeconds(600);
        Call stored = new Call(
                CallId.newId(),
                app.demo().id(),
                app.db().branches().list(app.demoTenant()).get(0).id(),
                RetellCaller.newCallId(),
                CallDirection.INBOUND,
                PhoneNumber.parse("+4915112345678"),
                PhoneNumber.parse(DEMO_NUMBER),
                CallStatus.ENDED,
                new CallFacts(
                        started,
                        started.plusSeconds(60),
                        60_000L,
                        "user_hangup",
                        "Agent: Demo Salon, guten Tag!\nUser: Einen Haarschnitt, bitte.",
                        null,
                        "Haarschnitt gebucht.",
                        "Positive",
                        true,
                        null,
                        null),
                null,
                Set.of(),
                0,
                started,
                started.plusSeconds(60));
        app.db().calls().add(app.demoTenant(), stored);
        String id = stored.id().toString();
        try (McpSyncClient client = McpClients.connect(app.port(), readKey)) {
            client.initialize();
            McpSchema.CallToolResult list = call(client, "list_calls", Map.of("status", "ended", "limit", 50));
            assertThat(list.isError()).isFalse();
            assertThat(structured(list).get("calls").toString()).contains(id);

            McpSchema.CallToolResult detail = call(client, "get_call", Map.of("call_id", id));
            assertThat(detail.isError()).isFalse();
            assertThat((String) structured(detail).get("transcript")).contains("Einen Haarschnitt, bitte.");
            assertThat((String) structured(detail).get("started_at")).endsWith("+01:00");
        }
        try (McpSyncClient other = McpClients.connect(app.port(), otherTenantKey)) {
            other.initialize();
            McpSchema.CallToolResult foreign = call(other, "get_call", Map.of("call_id", id));
            assertThat(foreign.isError()).isTrue();
            assertThat(structured(foreign).get("error")).isEqualTo("not_found");
        }
    }

    @Test
    void retellConfigurationToolsAnswerWhatIsMissingAndNeedAnAdminKey() {
        try (McpSyncClient admin = McpClients.connect(app.port(), adminKey)) {
            admin.initialize();
            McpSchema.CallToolResult status = call(admin, "get_retell_configuration", Map.of());
            assertThat(status.isError()).as(text(status)).isFalse();
            assertThat(structured(status)).containsEntry("provisioned", false).containsEntry("checked", false);
            assertThat(structured(status).get("problems").toString()).contains("ASKPRO_PUBLIC_URL");

            McpSchema.CallToolResult plan = call(admin, "provision_branch", Map.of("branch", "Berlin Mitte"));
            assertThat(plan.isError()).isTrue();
            assertThat(structured(plan)).containsEntry("error", "not_ready");
            assertThat(text(plan)).contains("ASKPRO_PUBLIC_URL");
            assertThat(call(admin, "provision_branch", Map.of("dry_run", "yes")).isError())
                    .isTrue();

            McpSchema.CallToolResult test = call(admin, "test_branch_line", Map.of());
            assertThat(test.isError()).isTrue();
            assertThat(text(test)).contains("ASKPRO_PUBLIC_URL");
        }
        assertThat(app.db()
                        .retellBindings()
                        .find(
                                app.demoTenant(),
                                app.db()
                                        .branches()
                                        .list(app.demoTenant())
                                        .get(0)
                                        .id()))
                .isEmpty();
        try (McpSyncClient viewer = McpClients.connect(app.port(), readKey)) {
            viewer.initialize();
            for (String tool : List.of("get_retell_configuration", "provision_branch", "test_branch_line")) {
                McpSchema.CallToolResult refused = call(viewer, tool, Map.of());
                assertThat(refused.isError()).as(tool).isTrue();
                assertThat(structured(refused)).as(tool).containsEntry("error", "forbidden");
            }
        }
    }

    @Test
    void badArgumentsAnswerActionableToolErrors() {
        try (McpSyncClient client = McpClients.connect(app.port(), readKey)) {
            client.initialize();
            McpSchema.CallToolResult wrongDate = call(client, "list_appointments", Map.of("from_date", "next tuesday"));
            assertThat(wrongDate.isError()).isTrue();
            assertThat(text(wrongDate)).contains("from_date", "YYYY-MM-DD");
            assertThat(structured(wrongDate).get("argument")).isEqualTo("from_date");

            McpSchema.CallToolResult unknownArgument = call(client, "list_branches", Map.of("company_id", "x"));
            assertThat(unknownArgument.isError()).isTrue();
            assertThat(text(unknownArgument)).contains("company_id", "not an argument");

            McpSchema.CallToolResult wrongType = call(client, "list_calls", Map.of("limit", "many"));
            assertThat(wrongType.isError()).isTrue();
            assertThat(text(wrongType)).contains("limit");

            McpSchema.CallToolResult missing = call(client, "get_call", Map.of());
            assertThat(missing.isError()).isTrue();
            assertThat(text(missing)).contains("call_id", "required");

            McpSchema.CallToolResult garbageId = call(client, "get_call", Map.of("call_id", "' OR 1=1 --"));
            assertThat(garbageId.isError()).isTrue();

            assertThatThrownBy(() -> call(client, "drop_database", Map.of()))
                    .isInstanceOf(io.modelcontextprotocol.spec.McpError.class)
                    .satisfies(e -> assertThat(((io.modelcontextprotocol.spec.McpError) e)
                                    .getJsonRpcError()
                                    .code())
                            .isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS));
        }
    }

    @Test
    void noKeyOrAWrongKeyIs401BeforeAnyJsonRpc() throws Exception {
        String initialize =
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"curl\",\"version\":\"1\"}}}";
        HttpResponse<String> anonymous = post(initialize, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(anonymous.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(post(initialize, "Bearer wrong_key_0123456789").statusCode()).isEqualTo(401);
        assertThat(post(initialize, "Basic " + adminKey).statusCode()).isEqualTo(401);
        HttpResponse<String> platform = post(initialize, "Bearer " + PLATFORM_KEY);
        assertThat(platform.statusCode()).isEqualTo(403);
        assertThat(platform.body()).contains("tenant API key");
        assertThat(post(initialize, "Bearer " + adminKey).statusCode()).isEqualTo(200);

        try (McpSyncClient client = McpClients.connect(app.port(), "wrong_key_0123456789")) {
            assertThatThrownBy(client::initialize).hasStackTraceContaining("401");
        }
        assertThat(app.metric("askpro_mcp_refused_total", "reason=\"unauthenticated\""))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void malformedJsonRpcAnswersAJsonRpcErrorNotA5xx() throws Exception {
        HttpResponse<String> notJson = post("{this is not json", "Bearer " + adminKey);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"code\":-32700");

        Map<String, Integer> expected = Map.of(
                "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", -32600,
                "{\"jsonrpc\":\"2.0\",\"id\":7}", -32600,
                "{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"ping\"}", -32600,
                "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}", -32600,
                "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/explode\",\"params\":{}}", -32601,
                "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":42,\"arguments\":[1,2]}}",
                        -32602,
                "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/call\",\"params\":{\"name\":\"list_branches\",\"arguments\":[1]}}",
                        -32602,
                "{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"tools/call\",\"params\":\"list_branches\"}", -32602,
                "{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"resources/read\",\"params\":{\"uri\":[]}}", -32602,
                "{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"initialize\",\"params\":{\"protocolVersion\":1}}", -32602);
        for (Map.Entry<String, Integer> each : expected.entrySet()) {
            HttpResponse<String> answer = post(each.getKey(), "Bearer " + adminKey);
            assertThat(answer.statusCode()).as(each.getKey()).isBetween(200, 499);
            assertThat(answer.body()).as(each.getKey()).contains("\"code\":" + each.getValue());
        }
        HttpResponse<String> huge = post(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"_meta\":{\"x\":\""
                        + "x".repeat(300_000) + "\"}}}",
                "Bearer " + adminKey);
        assertThat(huge.statusCode()).isEqualTo(413);

        try (McpSyncClient client = McpClients.connect(app.port(), adminKey)) {
            client.initialize();
            assertThat(call(client, "list_branches", Map.of()).isError()).isFalse();
        }
    }

    @Test
    void givenTheMcpServerWhenItIsScrapedThenItsCountersExistAtZeroAndItsRequestsAreTimedUnderTheMcpRoute()
            throws Exception {
        String scrape = app.retell().get("/metrics").body();
        assertThat(scrape)
                .containsPattern("(?m)^askpro_mcp_refused_total\\{[^}]*reason=\"too_large\"[^}]*} ")
                .containsPattern(
                        "(?m)^askpro_mcp_tool_calls_total\\{[^}]*outcome=\"error\"[^}]*tool=\"list_branches\"[^}]*} ");

        double before = app.metric("http_server_requests_seconds_count", "route=\"/mcp\"", "status=\"401\"");
        assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", null)
                        .statusCode())
                .isEqualTo(401);
        // The timer is recorded once the servlet returns, which may be just after the client has its answer.
        RunningServer.awaitValue(
                "the /mcp 401 counted",
                Duration.ofSeconds(10),
                () -> Optional.of(true)
                        .filter(counted ->
                                app.metric("http_server_requests_seconds_count", "route=\"/mcp\"", "status=\"401\"")
                                        == before + 1));
    }
}
