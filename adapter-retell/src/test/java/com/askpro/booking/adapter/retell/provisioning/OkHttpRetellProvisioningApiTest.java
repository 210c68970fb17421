package com.askpro.booking.adapter.retell.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.adapter.retell.tools.RetellToolCatalog;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.AgentSpec;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.LlmSpec;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.NumberBinding;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform.RemoteLlm;
import com.askpro.booking.application.onboarding.VoiceAgentPlatformException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provisioning client against MockWebServer: paths, key, bodies, lookups, retries and error causes. */
class OkHttpRetellProvisioningApiTest {

    static final String KEY = "key_secret_0123456789";
    final MockWebServer server = new MockWebServer();
    final RetellToolCatalog catalog = RetellToolCatalog.load();
    OkHttpRetellProvisioningApi api;

    @BeforeEach
    void start() throws Exception {
        server.start();
        api = client(KEY);
    }

    private OkHttpRetellProvisioningApi client(String key) {
        return new OkHttpRetellProvisioningApi(
                RetellApiConfig.defaults(server.url("/").toString(), key)
                        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                        .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(50)),
                catalog);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    @Test
    void anLlmIsCreatedWithTheCatalogToolsAndReadBack() throws Exception {
        server.enqueue(
                json(
                        201,
                        "{\"llm_id\":\"llm_1\",\"version\":0,\"general_prompt\":\"p\",\"begin_message\":\"b\",\"general_tools\":["
                                + "{\"type\":\"end_call\",\"name\":\"end_call\"},{\"type\":\"custom\",\"name\":\"list_services\",\"description\":\"d\","
                                + "\"url\":\"https://x/webhooks/retell/functions\",\"parameters\":{\"type\":\"object\",\"properties\":{}}}]}"));

        RemoteLlm llm = api.createLlm(new LlmSpec("p", "b", "https://x/webhooks/retell/functions", catalog.tools()));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/create-retell-llm");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().utf8())
                .contains(
                        "\"general_prompt\":\"p\"",
                        "\"begin_message\":\"b\"",
                        "\"type\":\"custom\"",
                        "\"url\":\"https://x/webhooks/retell/functions\"");
        assertThat(llm.llmId()).isEqualTo("llm_1");
        assertThat(llm.version()).isZero();
        assertThat(llm.spec().tools()).extracting(t -> t.name()).containsExactly("list_services");
        assertThat(llm.spec().toolUrl()).isEqualTo("https://x/webhooks/retell/functions");
    }

    @Test
    void aLookupOfSomethingRetellDoesNotKnowIsEmptyAndANumberReadsEitherBindingForm() throws Exception {
        server.enqueue(json(404, "{\"status\":\"error\",\"message\":\"Not Found\"}"));
        server.enqueue(json(
                200,
                "{\"phone_number\":\"+493083793369\",\"inbound_agent_id\":\"agent_old\","
                        + "\"inbound_webhook_url\":\"https://x/webhooks/retell/inbound\"}"));

        assertThat(api.getAgent("agent_gone")).isEmpty();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/get-agent/agent_gone");
        NumberBinding binding =
                api.getPhoneNumber("+493083793369").orElseThrow().binding();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/get-phone-number/+493083793369");
        assertThat(binding.agentId()).isEqualTo("agent_old");
        assertThat(binding.inboundWebhookUrl()).isEqualTo("https://x/webhooks/retell/inbound");
    }

    @Test
    void aSafeRequestIsRetriedAfterA500AndACreateIsNot() {
        server.enqueue(json(500, "{\"message\":\"boom\"}"));
        server.enqueue(json(
                200,
                "{\"agent_id\":\"agent_1\",\"version\":3,\"response_engine\":{\"type\":\"retell-llm\",\"llm_id\":\"llm_1\"},"
                        + "\"webhook_events\":[\"call_ended\"]}"));
        AgentSpec read = api.getAgent("agent_1").orElseThrow().spec();
        assertThat(read.llmId()).isEqualTo("llm_1");
        assertThat(read.webhookEvents()).containsExactly("call_ended");
        assertThat(server.getRequestCount()).isEqualTo(2);

        server.enqueue(json(500, "{\"message\":\"boom\"}"));
        assertThatThrownBy(() -> api.createAgent(new AgentSpec("n", "llm_1", "v", "de-DE", "https://x", List.of())))
                .isInstanceOfSatisfying(VoiceAgentPlatformException.class, e -> {
                    assertThat(e.failure()).isEqualTo(VoiceAgentPlatformException.Cause.UNAVAILABLE);
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.operation()).isEqualTo("create-agent");
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void errorsAreMappedToCausesAndNeverShowTheKey() {
        server.enqueue(json(403, "{\"message\":\"key " + KEY + " lacks rights\"}"));
        assertThatThrownBy(() -> api.publishAgent("agent_1"))
                .isInstanceOfSatisfying(VoiceAgentPlatformException.class, e -> {
                    assertThat(e.failure()).isEqualTo(VoiceAgentPlatformException.Cause.UNAUTHORIZED);
                    assertThat(e.getMessage())
                            .contains("publish-agent", "lacks rights")
                            .doesNotContain(KEY);
                });
        server.enqueue(json(422, "{\"error_message\":\"phone_number is invalid\"}"));
        assertThatThrownBy(() -> api.importPhoneNumber("+49301", "sip.example.com", new NumberBinding("a", "u", "n")))
                .isInstanceOfSatisfying(VoiceAgentPlatformException.class, e -> {
                    assertThat(e.failure()).isEqualTo(VoiceAgentPlatformException.Cause.REJECTED);
                    assertThat(e.getMessage()).contains("phone_number is invalid");
                });
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{}")
                .headersDelay(4, TimeUnit.SECONDS)
                .build());
        assertThatThrownBy(() -> api.createLlm(new LlmSpec("p", "b", "u", List.of())))
                .isInstanceOfSatisfying(
                        VoiceAgentPlatformException.class,
                        e -> assertThat(e.failure()).isEqualTo(VoiceAgentPlatformException.Cause.TIMEOUT));
    }

    @Test
    void withoutAKeyNothingIsSent() {
        assertThatThrownBy(() -> client(null).getLlm("llm_1"))
                .isInstanceOfSatisfying(
                        VoiceAgentPlatformException.class,
                        e -> assertThat(e.failure()).isEqualTo(VoiceAgentPlatformException.Cause.UNAUTHORIZED));
        assertThat(server.getRequestCount()).isZero();
    }
}
