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
 * {@code ttl}; a change notification for the tenant drops its entries at once. Every entry carries
 * the tenant's invalidation count from before it was loaded, and only counts if no invalidation of
 * its tenant (or of everything) happened since: an answer loaded while a write was being published
 * is returned once but never served again, however the threads interleave.
 */
final class TenantCache<K, V> {

    private static final int MAX_ENTRIES = 50_000;

    private record Key<K>(TenantContext tenant, K key) {}

    private record Entry<V>(V value, Instant expires, long tenantGeneration, long globalGeneration) {}

    private final Duration ttl;
    private final Clock clock;
    private final Map<Key<K>, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<TenantContext, AtomicLong> generations = new ConcurrentHashMap<>();
    private final AtomicLong global = new AtomicLong();

    TenantCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    V get(TenantContext tenant, K key, Supplier<V> load) {
        Instant now = clock.instant();
        Key<K> cacheKey = new Key<>(tenant, key);
        AtomicLong generation = generations.computeIfAbsent(tenant, t -> new AtomicLong());
        Entry<V> cached = entries.get(cacheKey);
        if (cached != null
                && now.isBefore(cached.expires())
                && cached.tenantGeneration() == generation.get()
                && cached.globalGeneration() == global.get()) {
            return cached.value();
        }
        long tenantBefore = generation.get();
        long globalBefore = global.get();
        V value = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(cacheKey, new Entry<>(value, now.plus(ttl), tenantBefore, globalBefore));
        return value;
    }

    void invalidate(TenantContext tenant) {
        generations.computeIfAbsent(tenant, t -> new AtomicLong()).incrementAndGet();
        entries.keySet().removeIf(key -> key.tenant().equals(tenant));
    }

    void clear() {
        global.incrementAndGet();
        entries.clear();
    }
}
