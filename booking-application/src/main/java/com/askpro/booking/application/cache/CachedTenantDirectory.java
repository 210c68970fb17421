package com.askpro.booking.application.cache;

import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TenantDirectory} that remembers answers for {@code ttl}, so resolving the number of a
 * call in progress (inbound webhook, every function call, every call event) costs a map lookup.
 * Unknown numbers are remembered too, for the same time. Changes to numbers and branches become
 * visible within {@code ttl}, or at once after {@link #invalidateAll()}.
 */
public final class CachedTenantDirectory implements TenantDirectory {

    private static final int MAX_ENTRIES = 100_000;

    private record Entry(Optional<Route> route, Instant expires) {
    }

    private final TenantDirectory delegate;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentHashMap<PhoneNumber, Entry> entries = new ConcurrentHashMap<>();

    public CachedTenantDirectory(TenantDirectory delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<Route> route(PhoneNumber dialled) {
        Instant now = clock.instant();
        Entry cached = entries.get(dialled);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.route();
        }
        Optional<Route> route = delegate.route(dialled);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(dialled, new Entry(route, now.plus(ttl)));
        return route;
    }

    public void invalidateAll() {
        entries.clear();
    }
}
