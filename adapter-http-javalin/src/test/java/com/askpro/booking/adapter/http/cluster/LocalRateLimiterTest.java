package com.askpro.booking.adapter.http.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final LocalRateLimiter limiter = new LocalRateLimiter(3, Duration.ofMinutes(1), now::get);

    @Test
    void aKeySpendsItsTokensThenIsRefusedWithRetryAfterAndRefillsEvenly() {
        assertThat(limiter.take("k").remaining()).isEqualTo(2);
        assertThat(limiter.take("k").remaining()).isEqualTo(1);
        RateLimiter.Decision last = limiter.take("k");
        assertThat(last.allowed()).isTrue();
        assertThat(last.remaining()).isZero();
        assertThat(last.resetSeconds()).isEqualTo(60);

        RateLimiter.Decision refused = limiter.take("k");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        assertThat(limiter.take("other").allowed()).as("keys are separate").isTrue();

        now.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(limiter.take("k").allowed()).isTrue();
        assertThat(limiter.take("k").allowed()).isFalse();
    }

    @Test
    void checkingSpendsNothing() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.check("k").allowed()).isTrue();
        }
        limiter.take("k");
        limiter.take("k");
        limiter.take("k");
        RateLimiter.Decision blocked = limiter.check("k");
        assertThat(blocked.allowed()).isFalse();
        assertThat(blocked.retryAfterSeconds()).isPositive();
    }
}
