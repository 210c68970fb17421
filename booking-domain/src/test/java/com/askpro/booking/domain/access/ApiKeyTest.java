package com.askpro.booking.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void aTenantKeyNeedsACompanyAndAPlatformKeyMustNotHaveOne() {
        assertThatThrownBy(() ->
                        ApiKey.issue(ApiKeyId.newId(), null, ApiKeyRole.TENANT_ADMIN, "abcd1234", HASH, null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("company_id");
        assertThatThrownBy(() -> ApiKey.issue(
                        ApiKeyId.newId(), CompanyId.newId(), ApiKeyRole.PLATFORM, "abcd1234", HASH, null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("company_id");
    }

    @Test
    void prefixAndHashHaveFixedShapes() {
        CompanyId company = CompanyId.newId();
        assertThatThrownBy(
                        () -> ApiKey.issue(ApiKeyId.newId(), company, ApiKeyRole.TENANT_READ, "AB_1", HASH, null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("prefix");
        assertThatThrownBy(() -> ApiKey.issue(
                        ApiKeyId.newId(), company, ApiKeyRole.TENANT_READ, "abcd1234", "secret", null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("secret_hash");
        assertThatThrownBy(() -> ApiKey.issue(
                        ApiKeyId.newId(), company, ApiKeyRole.TENANT_READ, "abcd1234", HASH, "x".repeat(201), NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("label");
    }

    @Test
    void revokingTwiceKeepsTheFirstTimeAndNeverShowsTheHash() {
        ApiKey key =
                ApiKey.issue(ApiKeyId.newId(), CompanyId.newId(), ApiKeyRole.TENANT_ADMIN, "abcd1234", HASH, "ci", NOW);
        ApiKey revoked = key.revoked(NOW.plusSeconds(1)).revoked(NOW.plusSeconds(2));

        assertThat(key.isActive()).isTrue();
        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.revokedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(revoked.toString()).doesNotContain(HASH);
    }

    @Test
    void tenantRolesParseFromSnakeCaseAndPlatformIsNotIssuable() {
        assertThat(ApiKeyRole.parseTenantRole(null)).isEqualTo(ApiKeyRole.TENANT_ADMIN);
        assertThat(ApiKeyRole.parseTenantRole("tenant_read")).isEqualTo(ApiKeyRole.TENANT_READ);
        assertThatThrownBy(() -> ApiKeyRole.parseTenantRole("platform")).isInstanceOf(InvalidValueException.class);
        assertThat(ApiKeyRole.TENANT_READ.mayWrite()).isFalse();
    }
}
