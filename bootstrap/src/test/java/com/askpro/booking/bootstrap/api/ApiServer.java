package com.askpro.booking.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.Config;
import com.askpro.booking.bootstrap.Server;
import com.askpro.booking.bootstrap.TestKeys;
import com.askpro.booking.bootstrap.Tuning;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Test support: a real server on a free port with an H2 database in a temp dir, and a small JSON client for it. */
final class ApiServer implements AutoCloseable {

    static final String PLATFORM_KEY = "platform-key-for-tests-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();

    final Server server;
    private final HttpClient client = HttpClient.newHttpClient();

    /** The tests probe many refusals on purpose: the failed-authentication limit is set out of their way. */
    ApiServer(Path dataDir, int requestsPerMinute) {
        this(dataDir, requestsPerMinute, Map.of());
    }

    /**
     * With more (or overriding) environment, e.g. the Retell provisioning settings. The tests probe
     * many refusals on purpose: the failed-authentication limit is set out of their way unless given.
     */
    ApiServer(Path dataDir, int requestsPerMinute, Map<String, String> extra) {
        this(dataDir, requestsPerMinute, extra, Tuning.defaults());
    }

    /** As above, with other internal tuning, e.g. shorter Retell client timeouts. */
    ApiServer(Path dataDir, int requestsPerMinute, Map<String, String> extra, Tuning tuning) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "ASKPRO_HTTP_HOST",
                "127.0.0.1",
                "ASKPRO_HTTP_PORT",
                "0",
                "ASKPRO_DATA_DIR",
                dataDir.toString(),
                "ASKPRO_ADMIN_KEY",
                PLATFORM_KEY,
                "ASKPRO_API_RATE_LIMIT",
                Integer.toString(requestsPerMinute),
                "ASKPRO_DB_POOL_SIZE",
                "4",
                "ASKPRO_RETELL_API_KEYS",
                "key_test_retell",
                "ASKPRO_AUTH_FAILURE_LIMIT",
                "100000"));
        env.putAll(extra);
        server = Server.start(Config.fromEnvironment(TestKeys.withKey(env)), Clock.systemUTC(), tuning);
    }

    /** An answer: status, headers and the body parsed as JSON (null when empty). */
    record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        String text(String field) {
            return json.path(field).asText(null);
        }

        Reply expect(int expected) {
            assertThat(status)
                    .as(raw.request().method() + " " + raw.request().uri() + " -> " + raw.body())
                    .isEqualTo(expected);
            return this;
        }

        /** A problem+json answer of {@code expected} status naming {@code field} in its errors. */
        Reply problem(int expected, String field) {
            expect(expected);
            assertThat(raw.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json.path("status").asInt()).isEqualTo(expected);
            assertThat(raw.body()).doesNotContain("Exception").doesNotContain("\tat ");
            if (field != null) {
                assertThat(json.path("errors").findValuesAsText("field"))
                        .as(raw.body())
                        .contains(field);
            }
            return this;
        }
    }

    Reply call(String method, String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Reply(response.statusCode(), response, json);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    Reply get(String path, String key) {
        return call("GET", path, key, null);
    }

    Reply post(String path, String key, String body) {
        return call("POST", path, key, body);
    }

    /** A new company through the API; answers its id and first admin key. */
    Tenant createTenant(String name) {
        Reply created = post(
                        "/api/v1/companies",
                        PLATFORM_KEY,
                        "{\"name\":\"" + name
                                + "\",\"country\":\"DE\",\"time_zone\":\"Europe/Berlin\",\"language\":\"de\"}")
                .expect(201);
        return new Tenant(created.text("id"), created.text("api_key"));
    }

    /** A company and its admin key. */
    record Tenant(String id, String key) {}

    @Override
    public void close() {
        server.close();
    }
}
