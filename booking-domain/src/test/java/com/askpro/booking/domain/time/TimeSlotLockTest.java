package com.askpro.booking.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.testdata.TestInstants;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSlotLockTest {

    private static final Instant NOW = TestInstants.NOW;
    private static final Instant SLOT_START = Instant.parse("2026-03-30T12:00:00Z");
    private static final BookingResource ANNA = BookingResource.staff(DemoTenant.ANNA_ID);
    private static final BookingResource BEN = BookingResource.staff(DemoTenant.BEN_ID);

    @Test
    void givenClaimWhenTakenThenExpiresAfterTtlWithAFreshToken() {
        TimeSlotLock lock = TimeSlotLock.claim(ANNA, SLOT_START, NOW, Duration.ofSeconds(30));

        assertThat(lock.resource()).isEqualTo(ANNA);
        assertThat(lock.start()).isEqualTo(SLOT_START);
        assertThat(lock.expiresAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(lock.token()).isNotBlank();
        assertThat(TimeSlotLock.claim(ANNA, SLOT_START, NOW, Duration.ofSeconds(30))
                        .token())
                .as("every claim gets its own token")
                .isNotEqualTo(lock.token());
    }

    @Test
    void givenLockWhenCheckedAroundExpiryThenExpiredExactlyAtExpiresAt() {
        TimeSlotLock lock = TimeSlotLock.claim(ANNA, SLOT_START, NOW, Duration.ofSeconds(30));

        assertThat(lock.isExpiredAt(NOW)).isFalse();
        assertThat(lock.isExpiredAt(NOW.plusSeconds(30).minusNanos(1))).isFalse();
        assertThat(lock.isExpiredAt(NOW.plusSeconds(30))).isTrue();
        assertThat(lock.isExpiredAt(NOW.plusSeconds(31))).isTrue();
    }

    @Test
    void givenLockWhenAskedWhoHoldsItThenOnlyItsToken() {
        TimeSlotLock lock = new TimeSlotLock(ANNA, SLOT_START, "token-1", NOW.plusSeconds(30));

        assertThat(lock.isHeldBy("token-1")).isTrue();
        assertThat(lock.isHeldBy("token-2")).isFalse();
        assertThat(lock.isHeldBy(null)).isFalse();
    }

    @Test
    void givenTtlOfTenMinutesWhenClaimedThenAcceptedButOneSecondMoreIsRejected() {
        assertThat(TimeSlotLock.claim(ANNA, SLOT_START, NOW, Duration.ofMinutes(10))
                        .expiresAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(10)));

        assertThatThrownBy(() -> TimeSlotLock.claim(
                        ANNA, SLOT_START, NOW, Duration.ofMinutes(10).plusSeconds(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 10 minutes")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("ttl");
    }

    @Test
    void givenZeroOrNegativeTtlWhenClaimedThenRejected() {
        assertThatThrownBy(() -> TimeSlotLock.claim(ANNA, SLOT_START, NOW, Duration.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("ttl");
        assertThatThrownBy(() -> TimeSlotLock.claim(ANNA, SLOT_START, NOW, Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("ttl");
    }

    @Test
    void givenTwoLocksWhenComparedForConflictThenOnlySameResourceAndStartConflict() {
        TimeSlotLock annaAtNoon = TimeSlotLock.claim(ANNA, SLOT_START, NOW, Duration.ofSeconds(30));

        assertThat(annaAtNoon.conflictsWith(
                        TimeSlotLock.claim(ANNA, SLOT_START, NOW.plusSeconds(5), Duration.ofMinutes(2))))
                .as("same resource and start, different token and expiry")
                .isTrue();
        assertThat(annaAtNoon.conflictsWith(TimeSlotLock.claim(BEN, SLOT_START, NOW, Duration.ofSeconds(30))))
                .as("other staff")
                .isFalse();
        assertThat(annaAtNoon.conflictsWith(
                        TimeSlotLock.claim(ANNA, SLOT_START.plusSeconds(900), NOW, Duration.ofSeconds(30))))
                .as("other start")
                .isFalse();
        assertThat(annaAtNoon.conflictsWith(TimeSlotLock.claim(
                        BookingResource.branch(DemoTenant.BRANCH_ID), SLOT_START, NOW, Duration.ofSeconds(30))))
                .as("branch resource")
                .isFalse();
    }

    @Test
    void givenBlankOrOverlongTokenWhenConstructedThenRejected() {
        assertThatThrownBy(() -> new TimeSlotLock(ANNA, SLOT_START, " ", NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("token");
        assertThatThrownBy(() -> new TimeSlotLock(ANNA, SLOT_START, "x".repeat(65), NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("token");
    }

    @Test
    void givenMissingResourceWhenClaimedThenRejected() {
        assertThatThrownBy(() -> TimeSlotLock.claim(null, SLOT_START, NOW, Duration.ofSeconds(30)))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("resource");
    }
}
