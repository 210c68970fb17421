package com.askpro.booking.application.cache;

import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.application.port.ChangeNotifications.Change;
import com.askpro.booking.application.port.ChangeNotifications.Topic;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link TenantDirectory} that remembers answers for {@code ttl}, so resolving the number of a
 * call in progress (inbound webhook, every function call, every call event) costs a map lookup.
 * Unknown numbers are remembered too, for the same time. Changes to numbers, companies and branches
 * become visible within {@code ttl}, or at once after {@link #invalidateAll()}, which every such
 * change notification triggers once the directory {@link #listenTo listens}. An answer read while
 * an invalidation happened is returned but never served again (it may predate the write).
 */
public final class CachedTenantDirectory implements TenantDirectory {

    private static final int MAX_ENTRIES = 100_000;

    private record Entry(Optional<Route> route, Instant expires, long generation) {}

    private final TenantDirectory delegate;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentHashMap<PhoneNumber, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public CachedTenantDirectory(TenantDirectory delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<Route> route(PhoneNumber dialled) {
        Instant now = clock.instant();
        Entry cached = entries.get(dialled);
        if (cached != null && now.isBefore(cached.expires()) && cached.generation() == generation.get()) {
            return cached.route();
        }
        long before = generation.get();
        Optional<Route> route = delegate.route(dialled);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // Kept with the generation it was loaded in: if an invalidation came in meanwhile (even
        // between a check and this put), the entry no longer counts.
        entries.put(dialled, new Entry(route, now.plus(ttl), before));
        return route;
    }

    /** Forgets every cached route. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** Forgets every cached route whenever numbers, a company or a branch change (on any instance). */
    public CachedTenantDirectory listenTo(ChangeNotifications changes) {
        changes.subscribe(this::apply);
        return this;
    }

    private void apply(Change change) {
        if (!(change instanceof Change.Tenant tenant)
                || tenant.topic() == Topic.ROUTING
                || tenant.topic() == Topic.COMPANY
                || tenant.topic() == Topic.BRANCH) {
            invalidateAll();
        }
    }
}
