package com.askpro.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The in-process hub: every update kept once, numbered without gaps or repeats, per tenant. */
class LiveUpdateHubTest {

    static final TenantContext SALON = TenantContext.of(CompanyId.newId());
    static final TenantContext BAKERY = TenantContext.of(CompanyId.newId());

    private final LiveUpdateHub hub = new LiveUpdateHub();

    @Test
    void givenConcurrentPublishersWhenPublishingThenEveryUpdateIsKeptUnderItsOwnSequence() throws Exception {
        List<LiveUpdateHub.Sequenced> delivered = new CopyOnWriteArrayList<>();
        hub.subscribe(SALON, delivered::add);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 4; t++) {
            threads.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    hub.publish(update(SALON));
                }
                return null;
            });
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(delivered).hasSize(800);
        assertThat(hub.since(SALON, 0))
                .hasSize(800)
                .extracting(LiveUpdateHub.Sequenced::sequence)
                .doesNotHaveDuplicates()
                .isSorted();
    }

    @Test
    void givenRelayedUpdatesWhenDeliveredTwiceOrLateThenKeptOnceInOrder() {
        hub.deliver(1_000, update(SALON));
        hub.deliver(2_000, update(BAKERY));
        hub.deliver(2_000, update(BAKERY));
        hub.deliver(1_500, update(SALON));

        assertThat(hub.since(SALON, 0))
                .extracting(LiveUpdateHub.Sequenced::sequence)
                .containsExactly(1_000L);
        assertThat(hub.since(BAKERY, 0))
                .extracting(LiveUpdateHub.Sequenced::sequence)
                .containsExactly(2_000L);
        assertThat(hub.since(SALON, 1_000)).isEmpty();
    }

    private static LiveUpdates.Update update(TenantContext tenant) {
        return new LiveUpdates.Update(
                tenant, LiveUpdates.Kind.CALL, UUID.randomUUID(), Instant.parse("2026-03-30T08:00:00Z"));
    }
}
