package com.askpro.booking.adapter.retell.provisioning;

import com.askpro.booking.adapter.retell.tools.RetellToolCatalog;
import com.askpro.booking.application.onboarding.ToolDefinition;
import com.askpro.booking.application.onboarding.VoiceAgentPlatform;
import com.askpro.booking.application.onboarding.VoiceAgentPlatformException;
import com.askpro.booking.application.onboarding.VoiceAgentPlatformException.Cause;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: Retell's provisioning API over OkHttp with {@code Authorization: Bearer <key>} and
 * JSON bodies (shared/reference/retell.md §5). Failsafe retries what is safe to repeat — GET,
 * PATCH (an update with the same body) and DELETE — after timeouts, connection failures and 5xx;
 * a create, import or publish (POST) is sent once, since a lost answer may hide a created
 * resource. A 429 is retried for every request (Retell did not act on it), waiting its
 * {@code Retry-After} up to a bound; other retries back off exponentially. Every failure becomes a {@link VoiceAgentPlatformException} with a
 * cause an operator can act on; the key never appears in a message or log.
 */
public final class OkHttpRetellProvisioningApi implements VoiceAgentPlatform {

    private static final Logger LOG = LoggerFactory.getLogger(OkHttpRetellProvisioningApi.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    static final ObjectMapper JSON = new ObjectMapper();

    private final RetellApiConfig config;
    private final RetellToolCatalog catalog;
    private final OkHttpClient client;
    private final HttpUrl baseUrl;

    public OkHttpRetellProvisioningApi(RetellApiConfig config, RetellToolCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
        this.baseUrl = HttpUrl.get(config.baseUrl());
        this.client = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(config.connectTimeout().plus(config.readTimeout()).toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }

    // ---- LLM -------------------------------------------------------------------------------

    @Override
    public RemoteLlm createLlm(LlmSpec spec) {
        return llm(send("create-retell-llm", "POST", List.of("create-retell-llm"), llmBody(spec), false));
    }

    @Override
    public RemoteLlm updateLlm(String llmId, LlmSpec spec) {
        return llm(send("update-retell-llm", "PATCH", List.of("update-retell-llm", llmId), llmBody(spec), false));
    }

    @Override
    public Optional<RemoteLlm> getLlm(String llmId) {
        return Optional.ofNullable(send("get-retell-llm", "GET", List.of("get-retell-llm", llmId), null, true))
                .map(this::llm);
    }

    @Override
    public void deleteLlm(String llmId) {
        send("delete-retell-llm", "DELETE", List.of("delete-retell-llm", llmId), null, true);
    }

    Map<String, Object> llmBody(LlmSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("general_prompt", spec.generalPrompt());
        body.put("begin_message", spec.beginMessage());
        List<Map<String, Object>> tools = new ArrayList<>();
        for (ToolDefinition tool : spec.tools()) {
            tools.add(catalog.customTool(tool, spec.toolUrl()));
        }
        body.put("general_tools", tools);
        return body;
    }

    private RemoteLlm llm(JsonNode node) {
        List<ToolDefinition> tools = new ArrayList<>();
        String url = null;
        for (JsonNode tool : node.path("general_tools")) {
            if (!"custom".equals(tool.path("type").asText())) {
                continue;
            }
            url = url == null ? text(tool, "url") : url.equals(text(tool, "url")) ? url : "(differs between tools)";
            Map<String, Object> parameters = tool.has("parameters")
                            && tool.get("parameters").isObject()
                    ? JSON.convertValue(tool.get("parameters"), new TypeReference<LinkedHashMap<String, Object>>() {})
                    : Map.of("type", "object");
            try {
                tools.add(new ToolDefinition(
                        tool.path("name").asText(), tool.path("description").asText(""), parameters));
            } catch (IllegalArgumentException e) {
                LOG.debug("ignoring a Retell tool that is not one of ours: {}", e.getMessage());
            }
        }
        return new RemoteLlm(
                required(node, "llm_id", "create-retell-llm"),
                integer(node, "version"),
                new LlmSpec(text(node, "general_prompt"), text(node, "begin_message"), url, tools));
    }

    // ---- agent -----------------------------------------------------------------------------

    @Override
    public RemoteAgent createAgent(AgentSpec spec) {
        return agent(send("create-agent", "POST", List.of("create-agent"), agentBody(spec), false));
    }

    @Override
    public RemoteAgent updateAgent(String agentId, AgentSpec spec) {
        return agent(send("update-agent", "PATCH", List.of("update-agent", agentId), agentBody(spec), false));
    }

    @Override
    public Optional<RemoteAgent> getAgent(String agentId) {
        return Optional.ofNullable(send("get-agent", "GET", List.of("get-agent", agentId), null, true))
                .map(this::agent);
    }

    @Override
    public void publishAgent(String agentId) {
        send("publish-agent", "POST", List.of("publish-agent", agentId), null, false);
    }

    @Override
    public void deleteAgent(String agentId) {
        send("delete-agent", "DELETE", List.of("delete-agent", agentId), null, true);
    }

    static Map<String, Object> agentBody(AgentSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_name", spec.agentName());
        body.put("response_engine", Map.of("type", "retell-llm", "llm_id", spec.llmId()));
        body.put("voice_id", spec.voiceId());
        body.put("language", spec.language());
        body.put("webhook_url", spec.webhookUrl());
        body.put("webhook_events", spec.webhookEvents());
        return body;
    }

    private RemoteAgent agent(JsonNode node) {
        List<String> events = new ArrayList<>();
        node.path("webhook_events").forEach(e -> events.add(e.asText()));
        return new RemoteAgent(
                required(node, "agent_id", "agent"),
                integer(node, "version"),
                new AgentSpec(
                        text(node, "agent_name"),
                        text(node.path("response_engine"), "llm_id"),
                        text(node, "voice_id"),
                        text(node, "language"),
                        text(node, "webhook_url"),
                        events));
    }

    // ---- phone number ----------------------------------------------------------------------

    @Override
    public Optional<RemoteNumber> getPhoneNumber(String e164) {
        return Optional.ofNullable(send("get-phone-number", "GET", List.of("get-phone-number", e164), null, true))
                .map(this::number);
    }

    @Override
    public RemoteNumber importPhoneNumber(String e164, String terminationUri, NumberBinding binding) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone_number", e164);
        body.put("termination_uri", terminationUri);
        body.putAll(bindingBody(binding));
        return number(send("import-phone-number", "POST", List.of("import-phone-number"), body, false));
    }

    @Override
    public RemoteNumber updatePhoneNumber(String e164, NumberBinding binding) {
        return number(send(
                "update-phone-number", "PATCH", List.of("update-phone-number", e164), bindingBody(binding), false));
    }

    static Map<String, Object> bindingBody(NumberBinding binding) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inbound_agents", List.of(Map.of("agent_id", binding.agentId(), "weight", 1)));
        body.put("inbound_webhook_url", binding.inboundWebhookUrl());
        body.put("nickname", binding.nickname());
        return body;
    }

    private RemoteNumber number(JsonNode node) {
        String agent = text(node.path("inbound_agents").path(0), "agent_id");
        if (agent == null) {
            agent = text(node, "inbound_agent_id");
        }
        return new RemoteNumber(
                text(node, "phone_number"),
                new NumberBinding(agent, text(node, "inbound_webhook_url"), text(node, "nickname")));
    }

    // ---- HTTP ------------------------------------------------------------------------------

    private record Reply(int status, String body, String retryAfter) {}

    /**
     * Sends one request (with the retries its kind allows). Answers the parsed JSON body (an
     * empty object for an empty 2xx), or null for a 404 of a {@code lookup}.
     */
    private JsonNode send(String operation, String method, List<String> path, Object body, boolean lookup) {
        if (!config.hasKey()) {
            throw new VoiceAgentPlatformException(
                    Cause.UNAUTHORIZED, operation, 0, "no Retell provisioning key is configured", null);
        }
        boolean repeatable = !method.equals("POST");
        byte[] bytes;
        try {
            bytes = body == null ? null : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("request bodies are always serialisable", e);
        }
        HttpUrl.Builder url = baseUrl.newBuilder();
        path.forEach(url::addPathSegment);
        Request.Builder builder = new Request.Builder()
                .url(url.build())
                .header("Authorization", "Bearer " + config.apiKey())
                .header("Accept", "application/json");
        RequestBody requestBody = bytes == null
                ? (method.equals("POST") || method.equals("PATCH") ? RequestBody.create(new byte[0]) : null)
                : RequestBody.create(bytes, JSON_TYPE);
        Request request = builder.method(method, requestBody).build();
        RetryPolicy<Reply> retry = RetryPolicy.<Reply>builder()
                .handleIf((reply, failure) -> reply != null && reply.status() == 429
                        || repeatable && (failure instanceof IOException || reply != null && reply.status() >= 500))
                .withMaxRetries(config.maxRetries())
                .withDelayFn(ctx -> {
                    Reply last = ctx.getLastResult();
                    Duration wait = last == null ? null : retryAfter(last);
                    return wait != null ? wait : backoff(ctx.getAttemptCount());
                })
                .build();
        Reply reply;
        try {
            reply = Failsafe.with(retry).get(() -> exchange(request));
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedIOException) {
                throw new VoiceAgentPlatformException(
                        Cause.TIMEOUT,
                        operation,
                        0,
                        "Retell did not answer within " + config.readTimeout().toMillis() + " ms",
                        Duration.ofSeconds(30));
            }
            if (cause instanceof IOException) {
                throw new VoiceAgentPlatformException(
                        Cause.UNAVAILABLE,
                        operation,
                        0,
                        "Retell is unreachable (" + cause.getClass().getSimpleName() + ")",
                        Duration.ofSeconds(30));
            }
            throw e;
        }
        LOG.info("Retell {} answered {}", operation, reply.status());
        if (reply.status() >= 200 && reply.status() < 300) {
            try {
                return reply.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(reply.body());
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }
        if (reply.status() == 404 && lookup) {
            return null;
        }
        throw failure(operation, reply);
    }

    private Reply exchange(Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            return new Reply(response.code(), response.body().string(), response.header("Retry-After"));
        }
    }

    /** Exponential backoff from the base delay, doubled per attempt, at most the maximum delay. */
    private Duration backoff(int attempts) {
        Duration delay = config.retryBaseDelay().multipliedBy(1L << Math.min(16, Math.max(0, attempts - 1)));
        return delay.compareTo(config.retryMaxDelay()) > 0 ? config.retryMaxDelay() : delay;
    }

    private Duration retryAfter(Reply reply) {
        if (reply.status() != 429 || reply.retryAfter() == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(reply.retryAfter().strip());
            Duration wait = Duration.ofSeconds(Math.max(0, seconds));
            return wait.compareTo(config.maxRateLimitWait()) > 0 ? config.maxRateLimitWait() : wait;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private VoiceAgentPlatformException failure(String operation, Reply reply) {
        String message = message(reply);
        int status = reply.status();
        if (status == 401 || status == 403) {
            return new VoiceAgentPlatformException(
                    Cause.UNAUTHORIZED,
                    operation,
                    status,
                    "Retell refused the provisioning key (HTTP " + status + "): " + message,
                    null);
        }
        if (status == 429) {
            Duration wait = Optional.ofNullable(reply.retryAfter())
                    .map(r -> {
                        try {
                            return Duration.ofSeconds(Long.parseLong(r.strip()));
                        } catch (NumberFormatException e) {
                            return null;
                        }
                    })
                    .orElse(Duration.ofSeconds(60));
            return new VoiceAgentPlatformException(
                    Cause.RATE_LIMITED, operation, status, "Retell's rate limit is reached: " + message, wait);
        }
        if (status >= 500) {
            return new VoiceAgentPlatformException(
                    Cause.UNAVAILABLE,
                    operation,
                    status,
                    "Retell failed (HTTP " + status + "): " + message,
                    Duration.ofSeconds(30));
        }
        return new VoiceAgentPlatformException(
                Cause.REJECTED,
                operation,
                status,
                "Retell refused the request (HTTP " + status + "): " + message,
                null);
    }

    /** Retell's {@code message} / {@code error_message}, or the start of the raw body. */
    private String message(Reply reply) {
        String body = reply.body() == null ? "" : reply.body();
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null) {
                for (String field : List.of("message", "error_message", "error")) {
                    if (root.path(field).isTextual()) {
                        return scrub(root.path(field).asText());
                    }
                }
            }
        } catch (IOException ignored) {
            // not JSON
        }
        String raw = body.strip();
        return raw.isEmpty() ? "no details" : scrub(raw.length() > 300 ? raw.substring(0, 300) : raw);
    }

    private String scrub(String text) {
        return config.hasKey() ? text.replace(config.apiKey(), "***") : text;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.canConvertToInt() ? value.asInt() : null;
    }

    private static String required(JsonNode node, String field, String operation) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new VoiceAgentPlatformException(
                    Cause.UNAVAILABLE, operation, 200, "Retell's answer has no " + field, null);
        }
        return value;
    }
}
