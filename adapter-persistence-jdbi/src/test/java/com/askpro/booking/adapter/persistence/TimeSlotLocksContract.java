package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.time.BookingResource;
import com.askpro.booking.domain.time.TimeSlotLock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Contract of the {@code TimeSlotLocks} port: one unexpired holder per resource and start; a held lock is Busy. */
abstract class TimeSlotLocksContract extends PortsTest {

    private static final Instant START = Fixtures.at("2030-03-04T10:00:00Z");

    @Test
    void aHeldLockRefusesOthersUntilReleased() {
        Fixtures t = Fixtures.create(persistence);
        BookingResource alice = BookingResource.staff(t.alice().id());
        TimeSlotLock first = TimeSlotLock.claim(alice, START, Fixtures.NOW, Duration.ofMinutes(2));
        TimeSlotLock second = TimeSlotLock.claim(alice, START, Fixtures.NOW, Duration.ofMinutes(2));

        assertThat(persistence.timeSlotLocks().tryAcquire(t.tenant(), first, Fixtures.NOW))
                .isEqualTo(new WriteOutcome.Written<>(first));
        assertThat(persistence.timeSlotLocks().tryAcquire(t.tenant(), second, Fixtures.NOW.plusSeconds(60)))
                .isInstanceOf(WriteOutcome.Busy.class);

        persistence.timeSlotLocks().release(t.tenant(), second);
        assertThat(persistence.timeSlotLocks().tryAcquire(t.tenant(), second, Fixtures.NOW.plusSeconds(60)))
                .isInstanceOf(WriteOutcome.Busy.class);

        persistence.timeSlotLocks().release(t.tenant(), first);
        persistence.timeSlotLocks().release(t.tenant(), first);
        assertThat(persistence.timeSlotLocks().tryAcquire(t.tenant(), second, Fixtures.NOW.plusSeconds(60)))
                .isInstanceOf(WriteOutcome.Written.class);
    }

    @Test
    void anExpiredLockIsFreeForAnyone() {
        Fixtures t = Fixtures.create(persistence);
        BookingResource bob = BookingResource.staff(t.bob().id());
        TimeSlotLock stale = TimeSlotLock.claim(bob, START, Fixtures.NOW, Duration.ofMinutes(1));
        Instant later = Fixtures.NOW.plusSeconds(60);
        TimeSlotLock fresh = TimeSlotLock.claim(bob, START, later, Duration.ofMinutes(1));

        assertThat(persistence.timeSlotLocks().tryAcquire(t.tenant(), stale, Fixtures.NOW))
                .isInstanceOf(WriteOutcome.Written.class);
        assertThat(persistence.timeSlotLocks().tryAcquire(t.tenant(), fresh, later))
                .isInstanceOf(WriteOutcome.Written.class);
    }

    @Test
    void otherStartsAndResourcesAreIndependent() {
        Fixtures t = Fixtures.create(persistence);
        BookingResource alice = BookingResource.staff(t.alice().id());

        assertThat(persistence
                        .timeSlotLocks()
                        .tryAcquire(
                                t.tenant(),
                                TimeSlotLock.claim(alice, START, Fixtures.NOW, Duration.ofMinutes(2)),
                                Fixtures.NOW))
                .isInstanceOf(WriteOutcome.Written.class);
        assertThat(persistence
                        .timeSlotLocks()
                        .tryAcquire(
                                t.tenant(),
                                TimeSlotLock.claim(alice, START.plusSeconds(1800), Fixtures.NOW, Duration.ofMinutes(2)),
                                Fixtures.NOW))
                .isInstanceOf(WriteOutcome.Written.class);
        assertThat(persistence
                        .timeSlotLocks()
                        .tryAcquire(
                                t.tenant(),
                                TimeSlotLock.claim(
                                        BookingResource.staff(t.bob().id()),
                                        START,
                                        Fixtures.NOW,
                                        Duration.ofMinutes(2)),
                                Fixtures.NOW))
                .isInstanceOf(WriteOutcome.Written.class);
    }
}
