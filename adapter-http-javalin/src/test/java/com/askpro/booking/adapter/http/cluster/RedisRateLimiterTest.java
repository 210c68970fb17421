package com.askpro.booking.adapter.http.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Token buckets in a real Redis (ASKPRO_TEST_REDIS_URL; skipped when unset), and the fallback without it. */
class RedisRateLimiterTest {

    private final String prefix = "askpro-test:" + UUID.randomUUID() + ":";
    private RedisLink first;
    private RedisLink second;

    @AfterEach
    void close() {
        if (first != null) {
            try (RedisClient redis = RedisClient.create(redisUrl())) {
                redis.del(prefix + "rl:api:k", prefix + "rl:api:other");
            }
            first.close();
            second.close();
        }
    }

    @Test
    void twoInstancesShareOneBucketPerKeyAndCheckingSpendsNothing() {
        URI url = redisUrl();
        assumeTrue(url != null, "ASKPRO_TEST_REDIS_URL is not set: Redis tests skipped");
        first = new RedisLink(url, prefix);
        second = new RedisLink(url, prefix);
        RedisRateLimiter a = new RedisRateLimiter(first, "api", 4, Duration.ofMinutes(1));
        RedisRateLimiter b = new RedisRateLimiter(second, "api", 4, Duration.ofMinutes(1));

        assertThat(a.check("k").allowed()).isTrue();
        assertThat(a.take("k").remaining()).isEqualTo(3);
        assertThat(b.take("k").remaining()).isEqualTo(2);
        assertThat(a.take("k").remaining()).isEqualTo(1);
        RateLimiter.Decision last = b.take("k");
        assertThat(last.allowed()).isTrue();
        assertThat(last.remaining()).isZero();
        assertThat(last.resetSeconds()).isBetween(59L, 60L);

        RateLimiter.Decision refused = a.take("k");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(14L, 15L);
        assertThat(b.check("k").allowed()).isFalse();
        assertThat(b.take("other").allowed()).isTrue();
        assertThat(first.problem()).isEmpty();
    }

    @Test
    void withRedisUnreachableDecisionsComeFromThisInstanceAtOnceAndReadinessSaysWhy() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RedisLink link = new RedisLink(URI.create("redis://127.0.0.1:" + closedPort), prefix)) {
            RedisRateLimiter limiter = new RedisRateLimiter(link, "api", 2, Duration.ofMinutes(1));
            assertThat(limiter.take("k").allowed()).isTrue();
            assertThat(limiter.take("k").allowed()).isTrue();
            assertThat(limiter.take("k").allowed())
                    .as("the local bucket still limits")
                    .isFalse();
            assertThat(link.problem()).hasValueSatisfying(p -> assertThat(p).contains("Redis unreachable"));
        }
    }

    private static URI redisUrl() {
        String url = System.getenv("ASKPRO_TEST_REDIS_URL");
        return url == null || url.isBlank() ? null : URI.create(url);
    }
}
