package com.askpro.booking.application.cache;

import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A small per-instance read cache keyed by tenant and a key within it: answers are kept for
 * {@code ttl}; a change notification for the tenant drops its entries at once. An answer loaded
 * while an invalidation happened is returned but not kept (it may predate the write).
 */
final class TenantCache<K, V> {

    private static final int MAX_ENTRIES = 50_000;

    private record Key<K>(TenantContext tenant, K key) {
    }

    private record Entry<V>(V value, Instant expires) {
    }

    private final Duration ttl;
    private final Clock clock;
    private final Map<Key<K>, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    TenantCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    V get(TenantContext tenant, K key, Supplier<V> load) {
        Instant now = clock.instant();
        Key<K> cacheKey = new Key<>(tenant, key);
        Entry<V> cached = entries.get(cacheKey);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.value();
        }
        long before = generation.get();
        V value = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (generation.get() == before) {
            entries.put(cacheKey, new Entry<>(value, now.plus(ttl)));
        }
        return value;
    }

    void invalidate(TenantContext tenant) {
        generation.incrementAndGet();
        entries.keySet().removeIf(key -> key.tenant().equals(tenant));
    }

    void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
