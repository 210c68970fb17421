package com.askpro.booking.adapter.calcom;

import com.askpro.booking.domain.availability.AvailableSlot;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Adapter: free Cal.com slots per (tenant, event type, local day), kept for a fixed time-to-live. */
final class AvailabilityCache {

    /** A local day of one event type of one tenant, in the zone the day was asked in. */
    record Key(CompanyId companyId, long eventTypeId, ZoneId zone, LocalDate day) {}

    private record Entry(List<AvailableSlot> slots, Instant expiresAt) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    AvailabilityCache(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    Optional<List<AvailableSlot>> get(Key key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.slots());
    }

    void put(Key key, List<AvailableSlot> slots) {
        entries.put(key, new Entry(List.copyOf(slots), clock.instant().plus(ttl)));
    }

    /** Forgets one event type's day, in every zone it was cached in. */
    void invalidate(CompanyId companyId, long eventTypeId, LocalDate day) {
        entries.keySet()
                .removeIf(key -> key.companyId().equals(companyId)
                        && key.eventTypeId() == eventTypeId
                        && key.day().equals(day));
    }

    void invalidateCompany(CompanyId companyId) {
        entries.keySet().removeIf(key -> key.companyId().equals(companyId));
    }

    /**
     * Forgets every cached day of the tenant that {@code slot} touches, for all event types: a
     * booking of one event type also blocks the host for the others.
     */
    void invalidateTouching(CompanyId companyId, TimeSlot slot) {
        entries.keySet().removeIf(key -> key.companyId().equals(companyId) && touches(key, slot));
    }

    private static boolean touches(Key key, TimeSlot slot) {
        Instant dayStart = key.day().atStartOfDay(key.zone()).toInstant();
        Instant dayEnd = key.day().plusDays(1).atStartOfDay(key.zone()).toInstant();
        return slot.start().isBefore(dayEnd) && dayStart.isBefore(slot.end());
    }
}
