package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RunningServer.await;
import static com.askpro.booking.bootstrap.RunningServer.awaitValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;

/**
 * Issue 21: two server instances on one PostgreSQL schema and one Redis (ASKPRO_TEST_POSTGRES_URL
 * and ASKPRO_TEST_REDIS_URL; skipped without them) behave as one: a number moved on A routes
 * the new way on B long before B's cache would expire, a key's rate limit and an address's
 * failed-authentication limit hold across both, a booking or a new service on A reaches B's warm
 * in-memory availability view (issue 12), and with Redis gone (a proxy between the servers
 * and the shared Redis is cut) requests still succeed, readiness stays 200 and says degraded, and
 * sharing comes back by itself when Redis does.
 */
class RedisPostgresTwoInstancesTest {

    private static final Logger LOG = LoggerFactory.getLogger(RedisPostgresTwoInstancesTest.class);
    private static final String PLATFORM_KEY = "platform-key-for-redis-tests-0123456789";
    private static final String RETELL_KEY = "key_redis_flowtest_0123456789";
    private static final int RATE_LIMIT = 12;
    private static final int AUTH_FAILURES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static PostgresSchema schema;
    private static TcpProxy proxy;
    private static String prefix;
    private static URI redisUrl;
    private static Server a;
    private static Server b;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        String redis = System.getenv("ASKPRO_TEST_REDIS_URL");
        assumeTrue(redis != null && !redis.isBlank(), "ASKPRO_TEST_REDIS_URL is not set: Redis tests skipped");
        schema = PostgresSchema.create("redis21");
        redisUrl = URI.create(redis);
        proxy = new TcpProxy(redisUrl.getHost(), redisUrl.getPort() < 0 ? 6379 : redisUrl.getPort());
        prefix = "askpro-test:" + UUID.randomUUID() + ":";
        Map<String, String> env = new HashMap<>(schema.environment());
        env.putAll(Map.of(
                "ASKPRO_HTTP_HOST",
                "127.0.0.1",
                "ASKPRO_HTTP_PORT",
                "0",
                "ASKPRO_DB_POOL_SIZE",
                "4",
                "ASKPRO_RETELL_API_KEYS",
                RETELL_KEY,
                "ASKPRO_ADMIN_KEY",
                PLATFORM_KEY,
                "ASKPRO_API_RATE_LIMIT",
                Integer.toString(RATE_LIMIT),
                "ASKPRO_AUTH_FAILURE_LIMIT",
                Integer.toString(AUTH_FAILURES),
                "ASKPRO_TRUSTED_PROXIES",
                "127.0.0.1",
                "ASKPRO_REDIS_PREFIX",
                prefix,
                "ASKPRO_REDIS_URL",
                "redis://127.0.0.1:" + proxy.port()));
        env = TestKeys.withKey(env);
        a = Server.start(Config.fromEnvironment(env), Clock.systemUTC());
        b = Server.start(Config.fromEnvironment(env), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        for (Server server : new Server[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        if (prefix != null) {
            try (RedisClient redis = RedisClient.create(redisUrl)) {
                String cursor = "0";
                do {
                    var page = redis.scan(
                            cursor, new ScanParams().match(prefix + "*").count(1_000));
                    if (!page.getResult().isEmpty()) {
                        redis.del(page.getResult().toArray(String[]::new));
                    }
                    cursor = page.getCursor();
                } while (!cursor.equals("0"));
            }
        }
        if (schema != null) {
            schema.drop();
        }
    }

    @Test
    void aNumberMovedOnARoutesToItsNewBranchOnBBeforeBsCacheWouldExpire() {
        Tenant tenant = tenant("Umzug GmbH");
        String north = branch(a, tenant, "Nord");
        String south = branch(a, tenant, "Süd");
        String number = "+493055501" + (10 + (int) (Math.random() * 89));
        String numberId = addNumber(a, tenant, number, north);
        assertThat(branchReached(b, number)).isEqualTo("Nord");

        long movedAt = System.nanoTime();
        moveNumber(a, tenant, numberId, number, south);
        awaitBranch(b, number, "Süd");
        Duration took = Duration.ofNanos(System.nanoTime() - movedAt);
        LOG.info("number moved on A routed the new way on B after {} ms", took.toMillis());
        assertThat(took)
                .as("invalidated, not expired")
                .isLessThan(Tuning.defaults().cacheTtl());
    }

    @Test
    void aBookingAndAServiceAddedOnAReachBsWarmAvailabilityViewBeforeBsCacheWouldExpire() {
        Tenant tenant = tenant("Termin GmbH");
        String branch = json(expect(
                        api(
                                a,
                                "POST",
                                "/api/v1/branches",
                                tenant.key(),
                                "{\"name\":\"Mitte\",\"working_hours\":{"
                                        + "\"mon\":[[\"09:00\",\"18:00\"]],\"tue\":[[\"09:00\",\"18:00\"]],\"wed\":[[\"09:00\",\"18:00\"]],"
                                        + "\"thu\":[[\"09:00\",\"18:00\"]],\"fri\":[[\"09:00\",\"18:00\"]],\"sat\":[[\"09:00\",\"18:00\"]],"
                                        + "\"sun\":[[\"09:00\",\"18:00\"]]}}",
                                null),
                        201))
                .path("id")
                .asText();
        String haircut = json(expect(
                        api(
                                a,
                                "POST",
                                "/api/v1/services",
                                tenant.key(),
                                "{\"name\":\"Haarschnitt\",\"duration_minutes\":30}",
                                null),
                        201))
                .path("id")
                .asText();
        expect(
                api(
                        a,
                        "POST",
                        "/api/v1/staff",
                        tenant.key(),
                        "{\"name\":\"Lena\",\"branch_id\":\"" + branch + "\",\"service_ids\":[\"" + haircut + "\"]}",
                        null),
                201);
        String number = "+493055503" + (10 + (int) (Math.random() * 89));
        addNumber(a, tenant, number, branch);
        String date = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                .plusDays(7)
                .toString();
        Map<String, String> tenOClock = Map.of("service", "Haarschnitt", "date", date, "time", "10:00");
        RetellCaller onB = RetellCaller.fresh(retell(b), number);
        for (int i = 0; i < 2; i++) {
            assertThat(onB.call("check_availability", tenOClock)
                            .path("available")
                            .asBoolean())
                    .as("free, and B's view warm")
                    .isTrue();
        }
        assertThat(onB.call("list_services", Map.of()).path("services").findValuesAsText("name"))
                .containsExactly("Haarschnitt");

        long bookedAt = System.nanoTime();
        JsonNode booked = RetellCaller.fresh(retell(a), number).book("Haarschnitt", date, "10:00", "Erika Muster");
        assertThat(booked.path("booked").asBoolean()).as("%s", booked).isTrue();
        await(
                "10:00 taken in B's view",
                WAIT,
                () -> !onB.call("check_availability", tenOClock)
                        .path("available")
                        .asBoolean());
        Duration took = Duration.ofNanos(System.nanoTime() - bookedAt);
        LOG.info("a booking on A left B's availability view after {} ms", took.toMillis());
        assertThat(took)
                .as("invalidated, not expired")
                .isLessThan(Tuning.defaults().cacheTtl());

        long addedAt = System.nanoTime();
        expect(
                api(a, "POST", "/api/v1/services", tenant.key(), "{\"name\":\"Färben\",\"duration_minutes\":90}", null),
                201);
        await(
                "Färben offered in B's view",
                WAIT,
                () -> onB.call("list_services", Map.of())
                        .path("services")
                        .findValuesAsText("name")
                        .contains("Färben"));
        assertThat(Duration.ofNanos(System.nanoTime() - addedAt))
                .as("invalidated, not expired")
                .isLessThan(Tuning.defaults().cacheTtl());
    }

    @Test
    void aKeysRateLimitHoldsAcrossBothInstances() {
        Tenant tenant = tenant("Limit GmbH");
        int passed = 0;
        int refused = 0;
        for (int i = 0; i < 2 * RATE_LIMIT + 6; i++) {
            HttpResponse<String> reply = api(i % 2 == 0 ? a : b, "GET", "/api/v1/branches", tenant.key(), null, null);
            assertThat(reply.headers().firstValue("RateLimit-Limit")).hasValue(Integer.toString(RATE_LIMIT));
            if (reply.statusCode() == 200) {
                passed++;
            } else {
                assertThat(reply.statusCode()).isEqualTo(429);
                assertThat(reply.headers().firstValue("Retry-After")).isPresent();
                assertThat(reply.headers().firstValue("RateLimit-Remaining")).hasValue("0");
                refused++;
            }
        }
        assertThat(passed)
                .as("one budget for both instances (one token refills every 5 s)")
                .isBetween(RATE_LIMIT, RATE_LIMIT + 2);
        assertThat(refused).isPositive();
    }

    @Test
    void failedAuthenticationIsLimitedPerClientAddressAcrossInstancesForTheApiAndTheDashboard() {
        Tenant tenant = tenant("Schloss GmbH");
        String attacker = "203.0.113.7";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < AUTH_FAILURES + 2; i++) {
            statuses.add(api(i % 2 == 0 ? a : b, "GET", "/api/v1/branches", "wrong-key-" + i, null, attacker)
                    .statusCode());
        }
        assertThat(statuses.subList(0, AUTH_FAILURES)).containsOnly(401);
        assertThat(statuses.subList(AUTH_FAILURES, statuses.size())).containsOnly(429);

        HttpResponse<String> rightKey = api(b, "GET", "/api/v1/branches", tenant.key(), null, attacker);
        assertThat(rightKey.statusCode())
                .as("the address is blocked, whatever it sends")
                .isEqualTo(429);
        assertThat(rightKey.headers().firstValue("Retry-After")).isPresent();
        assertThat(signIn(a, "wrong", attacker).statusCode())
                .as("dashboard sign-in shares the limit")
                .isEqualTo(429);
        assertThat(mcp(b, "wrong", attacker).statusCode()).as("so does MCP").isEqualTo(429);

        String mcpGuesser = "203.0.113.9";
        for (int i = 0; i < AUTH_FAILURES; i++) {
            assertThat(mcp(i % 2 == 0 ? a : b, "wrong-" + i, mcpGuesser).statusCode())
                    .isEqualTo(401);
        }
        assertThat(mcp(a, "wrong", mcpGuesser).statusCode())
                .as("MCP's 401s count too")
                .isEqualTo(429);
        assertThat(api(b, "GET", "/api/v1/branches", "wrong", null, mcpGuesser).statusCode())
                .isEqualTo(429);

        assertThat(api(a, "GET", "/api/v1/branches", "wrong-key", null, "203.0.113.8")
                        .statusCode())
                .as("another address behind the trusted proxy is not affected")
                .isEqualTo(401);
        assertThat(api(a, "GET", "/api/v1/branches", tenant.key(), null, "203.0.113.8")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void withRedisGoneRequestsSucceedAndReadinessIsDegradedAndSharingResumesWhenItIsBack() {
        Tenant tenant = tenant("Ausfall GmbH");
        String north = branch(a, tenant, "Nord");
        String south = branch(a, tenant, "Süd");
        String number = "+494055502" + (10 + (int) (Math.random() * 89));
        String numberId = addNumber(a, tenant, number, north);
        assertThat(branchReached(b, number)).isEqualTo("Nord");

        proxy.cut();
        try {
            for (Server server : new Server[] {a, b}) {
                awaitValue("readiness degraded on " + server.port(), WAIT, () -> {
                    HttpResponse<String> ready = get(server, "/health/ready");
                    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                    JsonNode body = json(ready);
                    return body.path("degraded").path("cache").asText().contains("Redis unreachable")
                            ? Optional.of(body)
                            : Optional.empty();
                });
            }
            for (int i = 0; i < 6; i++) {
                assertThat(api(i % 2 == 0 ? a : b, "GET", "/api/v1/branches", tenant.key(), null, null)
                                .statusCode())
                        .isEqualTo(200);
                assertThat(api(a, "GET", "/api/v1/branches", "wrong", null, "198.51.100." + i)
                                .statusCode())
                        .isEqualTo(401);
            }
            assertThat(branchReached(b, number)).isEqualTo("Nord");
            assertThat(get(a, "/health/ready").statusCode()).isEqualTo(200);
            assertThat(json(get(a, "/health/ready")).path("status").asText()).isEqualTo("degraded");
        } finally {
            proxy.restore();
        }

        for (Server server : new Server[] {a, b}) {
            await(
                    "readiness without degradation on " + server.port(),
                    Duration.ofSeconds(30),
                    () -> json(get(server, "/health/ready"))
                            .path("status")
                            .asText()
                            .equals("ready"));
        }
        long movedAt = System.nanoTime();
        moveNumber(a, tenant, numberId, number, south);
        awaitBranch(b, number, "Süd");
        assertThat(Duration.ofNanos(System.nanoTime() - movedAt))
                .as("shared again")
                .isLessThan(Tuning.defaults().cacheTtl());
        String address = "198.51.100.200";
        for (int i = 0; i < AUTH_FAILURES; i++) {
            assertThat(api(i % 2 == 0 ? a : b, "GET", "/api/v1/branches", "wrong", null, address)
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(api(b, "GET", "/api/v1/branches", "wrong", null, address).statusCode())
                .as("failures counted in Redis again")
                .isEqualTo(429);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private record Tenant(String id, String key) {}

    private static Tenant tenant(String name) {
        JsonNode created = json(expect(
                api(
                        a,
                        "POST",
                        "/api/v1/companies",
                        PLATFORM_KEY,
                        "{\"name\":\"" + name
                                + "\",\"country\":\"DE\",\"time_zone\":\"Europe/Berlin\",\"language\":\"de\"}",
                        null),
                201));
        return new Tenant(created.path("id").asText(), created.path("api_key").asText());
    }

    private static String branch(Server server, Tenant tenant, String name) {
        return json(expect(
                        api(
                                server,
                                "POST",
                                "/api/v1/branches",
                                tenant.key(),
                                "{\"name\":\"" + name + "\",\"working_hours\":{}}",
                                null),
                        201))
                .path("id")
                .asText();
    }

    private static String addNumber(Server server, Tenant tenant, String number, String branch) {
        return json(expect(
                        api(
                                server,
                                "POST",
                                "/api/v1/phone-numbers",
                                tenant.key(),
                                "{\"number\":\"" + number + "\",\"branch_id\":\"" + branch + "\"}",
                                null),
                        201))
                .path("id")
                .asText();
    }

    /** Moves {@code number} to {@code branch} the way the API allows: remove it, add it again. */
    private static String moveNumber(Server server, Tenant tenant, String numberId, String number, String branch) {
        expect(api(server, "DELETE", "/api/v1/phone-numbers/" + numberId, tenant.key(), null, null), 204);
        return addNumber(server, tenant, number, branch);
    }

    private static void awaitBranch(Server server, String number, String branch) {
        await(
                "calls to " + number + " reaching " + branch + " on " + server.port(),
                WAIT,
                () -> branch.equals(branchReached(server, number)));
    }

    private static RetellClient retell(Server server) {
        return new RetellClient(URI.create("http://127.0.0.1:" + server.port()), RETELL_KEY, Clock.systemUTC());
    }

    /** The branch name an inbound call to {@code number} is set up with (null when unknown). */
    private static String branchReached(Server server, String number) {
        RetellClient retell =
                new RetellClient(URI.create("http://127.0.0.1:" + server.port()), RETELL_KEY, Clock.systemUTC());
        RetellClient.Response response = retell.signed(
                "/webhooks/retell/inbound",
                RetellClient.inbound(
                        "+4915111111111",
                        number,
                        "call_" + UUID.randomUUID().toString().replace("-", "")));
        if (response.status() != 200) {
            return null;
        }
        return response.json()
                .path("call_inbound")
                .path("dynamic_variables")
                .path("branch_name")
                .asText(null);
    }

    private static HttpResponse<String> signIn(Server server, String key, String forwardedFor) {
        String origin = "http://127.0.0.1:" + server.port();
        return send(HttpRequest.newBuilder(URI.create(origin + "/dashboard/session"))
                .header("Origin", origin)
                .header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("key=" + key)));
    }

    private static HttpResponse<String> mcp(Server server, String key, String forwardedFor) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/mcp"))
                .header("Authorization", "Bearer " + key)
                .header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")));
    }

    private static HttpResponse<String> api(
            Server server, String method, String path, String key, String body, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + key);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(request);
    }

    private static HttpResponse<String> get(Server server, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> reply, int status) {
        assertThat(reply.statusCode())
                .as(reply.request().method() + " " + reply.request().uri() + " -> " + reply.body())
                .isEqualTo(status);
        return reply;
    }

    private static JsonNode json(HttpResponse<String> reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (Exception e) {
            throw new IllegalStateException(reply.body(), e);
        }
    }
}
