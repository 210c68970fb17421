package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contract of the {@code ApiKeys} port (H2, PostgreSQL and in memory). */
abstract class ApiKeysContract extends PortsTest {

    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");

    @Test
    void storesAKeyAndFindsItByPrefix() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey key = key(t.company().id(), ApiKeyRole.TENANT_ADMIN, "label with 'quotes'; DROP TABLE api_keys;--");

        assertThat(persistence.apiKeys().add(key)).isEqualTo(new WriteOutcome.Written<>(key));

        assertThat(persistence.apiKeys().findByPrefix(key.prefix())).contains(key);
        assertThat(persistence.apiKeys().findByPrefix("zzzzzzzz")).isEmpty();
    }

    @Test
    void aTakenPrefixIsAlreadyExistsAndNothingIsWritten() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey first = key(t.company().id(), ApiKeyRole.TENANT_ADMIN, null);
        persistence.apiKeys().add(first).orElseThrow();
        ApiKey clash = new ApiKey(
                ApiKeyId.newId(),
                t.company().id(),
                ApiKeyRole.TENANT_READ,
                first.prefix(),
                "b".repeat(64),
                null,
                NOW,
                null);

        assertThat(persistence.apiKeys().add(clash)).isInstanceOf(WriteOutcome.AlreadyExists.class);
        assertThat(persistence.apiKeys().findByPrefix(first.prefix())).contains(first);
    }

    @Test
    void aPlatformKeyHasNoCompany() {
        ApiKey platform = key(null, ApiKeyRole.PLATFORM, "ops");
        persistence.apiKeys().add(platform).orElseThrow();

        assertThat(persistence.apiKeys().findByPrefix(platform.prefix())).contains(platform);
    }

    @Test
    void listsOnlyTheTenantsOwnKeysOldestFirst() {
        Fixtures a = Fixtures.create(persistence);
        Fixtures b = Fixtures.create(persistence);
        ApiKey older = persistence
                .apiKeys()
                .add(key(a.company().id(), ApiKeyRole.TENANT_ADMIN, "older"))
                .orElseThrow();
        ApiKey newer = persistence
                .apiKeys()
                .add(new ApiKey(
                        ApiKeyId.newId(),
                        a.company().id(),
                        ApiKeyRole.TENANT_READ,
                        prefix(),
                        "c".repeat(64),
                        "newer",
                        NOW.plusSeconds(60),
                        null))
                .orElseThrow();
        ApiKey others = persistence
                .apiKeys()
                .add(key(b.company().id(), ApiKeyRole.TENANT_ADMIN, null))
                .orElseThrow();

        assertThat(persistence.apiKeys().list(a.tenant())).containsExactly(older, newer);
        assertThat(persistence.apiKeys().list(b.tenant())).containsExactly(others);
    }

    @Test
    void revokesOnlyWithinTheTenantAndKeepsTheFirstRevocationTime() {
        Fixtures a = Fixtures.create(persistence);
        Fixtures b = Fixtures.create(persistence);
        ApiKey key = persistence
                .apiKeys()
                .add(key(a.company().id(), ApiKeyRole.TENANT_ADMIN, null))
                .orElseThrow();

        assertThat(persistence.apiKeys().revoke(b.tenant(), key.id(), NOW.plusSeconds(5)))
                .isEqualTo(new WriteOutcome.NotFound<>());
        assertThat(persistence
                        .apiKeys()
                        .findByPrefix(key.prefix())
                        .orElseThrow()
                        .isActive())
                .isTrue();

        assertThat(persistence.apiKeys().revoke(a.tenant(), key.id(), NOW.plusSeconds(10)))
                .isEqualTo(new WriteOutcome.Written<>(key.revoked(NOW.plusSeconds(10))));
        assertThat(persistence
                        .apiKeys()
                        .revoke(a.tenant(), key.id(), NOW.plusSeconds(20))
                        .orElseThrow()
                        .revokedAt())
                .isEqualTo(NOW.plusSeconds(10));
        assertThat(persistence
                        .apiKeys()
                        .findByPrefix(key.prefix())
                        .orElseThrow()
                        .isActive())
                .isFalse();
        assertThat(persistence.apiKeys().revoke(TenantContext.of(CompanyId.newId()), ApiKeyId.newId(), NOW))
                .isEqualTo(new WriteOutcome.NotFound<>());
    }

    private static ApiKey key(CompanyId company, ApiKeyRole role, String label) {
        return ApiKey.issue(ApiKeyId.newId(), company, role, prefix(), "a".repeat(64), label, NOW);
    }

    private static String prefix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
