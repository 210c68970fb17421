package com.askpro.booking.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without Redis (one instance, H2): failed authentication is limited per client address, and
 * authenticated answers carry the key's {@code RateLimit-*} headers.
 */
class SingleInstanceLimitsTest {

    @Test
    void wrongKeysFromOneAddressGet401UntilTheLimitThen429EvenForARightKey(@TempDir Path dir) {
        try (ApiServer api = new ApiServer(dir, 600, java.util.Map.of("ASKPRO_AUTH_FAILURE_LIMIT", "3"))) {
            ApiServer.Tenant tenant = api.createTenant("Schloss");
            for (int i = 0; i < 3; i++) {
                api.get("/api/v1/branches", "wrong-" + i).problem(401, null);
            }
            ApiServer.Reply blocked = api.get("/api/v1/branches", "wrong").problem(429, null);
            assertThat(blocked.text("type")).endsWith("too-many-failed-authentications");
            assertThat(Long.parseLong(
                            blocked.raw().headers().firstValue("Retry-After").orElseThrow()))
                    .isPositive();
            api.get("/api/v1/branches", tenant.key()).problem(429, null);
            api.get("/api/v1/branches", null).problem(429, null);
        }
    }

    @Test
    void authenticatedAnswersCarryTheKeysRateLimitHeaders(@TempDir Path dir) {
        try (ApiServer api = new ApiServer(dir, 50)) {
            ApiServer.Tenant tenant = api.createTenant("Zähler");
            ApiServer.Reply first = api.get("/api/v1/branches", tenant.key()).expect(200);
            ApiServer.Reply second = api.get("/api/v1/branches", tenant.key()).expect(200);
            assertThat(first.raw().headers().firstValue("RateLimit-Limit")).hasValue("50");
            assertThat(first.raw().headers().firstValue("RateLimit-Policy")).hasValue("50;w=60");
            long remainingFirst = Long.parseLong(
                    first.raw().headers().firstValue("RateLimit-Remaining").orElseThrow());
            long remainingSecond = Long.parseLong(
                    second.raw().headers().firstValue("RateLimit-Remaining").orElseThrow());
            assertThat(remainingFirst).isEqualTo(49);
            assertThat(remainingSecond).isEqualTo(48);
            assertThat(Long.parseLong(
                            second.raw().headers().firstValue("RateLimit-Reset").orElseThrow()))
                    .isBetween(1L, 60L);
        }
    }
}
