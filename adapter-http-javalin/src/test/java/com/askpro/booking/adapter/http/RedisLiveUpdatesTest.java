package com.askpro.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Live updates between two server instances through a real Redis (ASKPRO_TEST_REDIS_URL; skipped
 * when unset): same updates, same sequence numbers, tenant-scoped, and a late instance catches up.
 */
class RedisLiveUpdatesTest {

    static final TenantContext SALON = TenantContext.of(CompanyId.newId());
    static final TenantContext BAKERY = TenantContext.of(CompanyId.newId());

    private final List<RedisLiveUpdates> relays = new ArrayList<>();
    private URI redis;
    private String stream;

    @BeforeEach
    void redis() {
        String url = System.getenv("ASKPRO_TEST_REDIS_URL");
        assumeTrue(url != null && !url.isBlank(), "ASKPRO_TEST_REDIS_URL is not set: Redis tests skipped");
        redis = URI.create(url);
        stream = "askpro:test:" + UUID.randomUUID();
    }

    @AfterEach
    void close() {
        relays.forEach(RedisLiveUpdates::close);
        if (redis != null) {
            try (RedisClient client = RedisClient.create(redis)) {
                client.del(stream);
            }
        }
    }

    @Test
    void givenTwoInstancesWhenOnePublishesThenBothDeliverTheUpdateUnderTheSameSequence() throws Exception {
        LiveUpdateHub hubA = new LiveUpdateHub();
        LiveUpdateHub hubB = new LiveUpdateHub();
        RedisLiveUpdates a = relay(hubA);
        relay(hubB);
        List<LiveUpdateHub.Sequenced> seenByB = new CopyOnWriteArrayList<>();
        hubB.subscribe(SALON, seenByB::add);

        LiveUpdates.Update call = update(SALON);
        a.publish(call);

        await(() -> hubA.since(SALON, 0).size() == 1 && seenByB.size() == 1);
        assertThat(seenByB.get(0).update()).isEqualTo(call);
        assertThat(seenByB.get(0).sequence())
                .isEqualTo(hubA.since(SALON, 0).get(0).sequence());
    }

    @Test
    void givenUpdatesOfTwoTenantsWhenDeliveredThenEachTenantSeesOnlyItsOwn() throws Exception {
        LiveUpdateHub hub = new LiveUpdateHub();
        RedisLiveUpdates relay = relay(hub);
        List<LiveUpdateHub.Sequenced> bakery = new CopyOnWriteArrayList<>();
        hub.subscribe(BAKERY, bakery::add);

        relay.publish(update(SALON));
        relay.publish(update(BAKERY));

        await(() -> bakery.size() == 1 && hub.since(SALON, 0).size() == 1);
        assertThat(bakery).extracting(s -> s.update().tenant()).containsOnly(BAKERY);
        assertThat(hub.since(SALON, 0)).extracting(s -> s.update().tenant()).containsOnly(SALON);
    }

    @Test
    void givenAnInstanceStartedLaterWhenADashboardResumesThereThenItGetsWhatItMissed() throws Exception {
        LiveUpdateHub first = new LiveUpdateHub();
        RedisLiveUpdates early = relay(first);
        early.publish(update(SALON));
        early.publish(update(SALON));
        await(() -> first.since(SALON, 0).size() == 2);
        long seenBeforeReconnect = first.since(SALON, 0).get(0).sequence();

        LiveUpdateHub late = new LiveUpdateHub();
        relay(late);

        assertThat(late.since(SALON, seenBeforeReconnect))
                .extracting(LiveUpdateHub.Sequenced::sequence)
                .containsExactly(first.since(SALON, 0).get(1).sequence());
    }

    @Test
    void givenRedisWhenAskedForReadinessThenReachable() {
        assertThat(relay(new LiveUpdateHub()).isReachable()).isTrue();
    }

    private RedisLiveUpdates relay(LiveUpdateHub hub) {
        RedisLiveUpdates relay = new RedisLiveUpdates(redis, stream, hub);
        relays.add(relay);
        return relay;
    }

    private static LiveUpdates.Update update(TenantContext tenant) {
        return new LiveUpdates.Update(
                tenant, LiveUpdates.Kind.CALL, UUID.randomUUID(), Instant.parse("2026-03-30T08:00:00Z"));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
