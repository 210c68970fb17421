package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.port.ApiKeys;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In memory: hashed API keys, unique by prefix; a tenant lists and revokes only its own. */
final class InMemoryApiKeys implements ApiKeys {

    private final InMemoryPorts store;

    InMemoryApiKeys(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public WriteOutcome<ApiKey> add(ApiKey key) {
        synchronized (store.lock) {
            if (store.apiKeys.containsKey(key.id())
                    || store.apiKeys.values().stream().anyMatch(k -> k.prefix().equals(key.prefix()))) {
                return new WriteOutcome.AlreadyExists<>("api_key");
            }
            store.apiKeys.put(key.id(), key);
            return new WriteOutcome.Written<>(key);
        }
    }

    @Override
    public Optional<ApiKey> findByPrefix(String prefix) {
        synchronized (store.lock) {
            return store.apiKeys.values().stream()
                    .filter(k -> k.prefix().equals(prefix))
                    .findFirst();
        }
    }

    @Override
    public List<ApiKey> list(TenantContext tenant) {
        synchronized (store.lock) {
            return store.apiKeys.values().stream()
                    .filter(k -> k.companyId() != null && tenant.owns(k.companyId()))
                    .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(k -> k.id().value()))
                    .toList();
        }
    }

    @Override
    public WriteOutcome<ApiKey> revoke(TenantContext tenant, ApiKeyId id, Instant at) {
        synchronized (store.lock) {
            ApiKey held = store.apiKeys.get(id);
            if (held == null || held.companyId() == null || !tenant.owns(held.companyId())) {
                return new WriteOutcome.NotFound<>();
            }
            ApiKey revoked = held.revoked(at);
            store.apiKeys.put(id, revoked);
            return new WriteOutcome.Written<>(revoked);
        }
    }
}
