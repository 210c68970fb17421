package com.askpro.booking.domain.time;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A short-lived claim on {@code (resource, start)} taken while a booking is being made, so two
 * callers do not both get to the confirmation step for the same time. Only the holder of the
 * {@code token} may release it; an expired lock is free for anyone. The database constraint on
 * appointments stays the final word; the lock only keeps the losing side's path short.
 */
public record TimeSlotLock(BookingResource resource, Instant start, String token, Instant expiresAt) {

    public TimeSlotLock {
        Require.notNull("resource", resource);
        Require.notNull("start", start);
        Require.text("token", token, 64);
        Require.notNull("expires_at", expiresAt);
    }

    /** A new lock for {@code ttl} from {@code now}, with a fresh random token. */
    public static TimeSlotLock claim(BookingResource resource, Instant start, Instant now, Duration ttl) {
        Require.positive("ttl", ttl);
        if (ttl.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new InvalidValueException(
                    "ttl", "must be at most 10 minutes: a lock is held while one booking is made");
        }
        return new TimeSlotLock(resource, start, UUID.randomUUID().toString(), now.plus(ttl));
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isHeldBy(String candidateToken) {
        return token.equals(candidateToken);
    }

    /** True when {@code other} claims the same resource and start. */
    public boolean conflictsWith(TimeSlotLock other) {
        return resource.equals(other.resource) && start.equals(other.start);
    }
}
