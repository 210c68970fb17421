package com.askpro.booking.application.cache;

import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A small per-instance read cache keyed by tenant and a key within it: answers are kept for
 * {@code ttl}, and every write of a tenant through the owning decorator drops that tenant's
 * entries at once. Other instances see a change within {@code ttl}.
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
        V value = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(cacheKey, new Entry<>(value, now.plus(ttl)));
        return value;
    }

    void invalidate(TenantContext tenant) {
        entries.keySet().removeIf(key -> key.tenant().equals(tenant));
    }
}
