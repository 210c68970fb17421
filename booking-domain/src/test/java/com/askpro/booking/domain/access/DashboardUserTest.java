package com.askpro.booking.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Dashboard users, their roles and sessions as values: what they accept, refuse and allow. */
class DashboardUserTest {

    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final String HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    private static final String TOKEN_HASH = "a".repeat(64);

    private final CompanyId company = CompanyId.newId();

    @Test
    void theAddressIsStoredInLowerCaseAndMustBeOne() {
        DashboardUser user = new DashboardUser(
                UserId.newId(), company, "  Erika@Salon.EXAMPLE ", "Erika", UserRole.STAFF, HASH, true, NOW);

        assertThat(user.email()).isEqualTo("erika@salon.example");
        for (String bad : new String[] {
            null, "", "erika", "erika@salon", "er ika@salon.example", "a@b@c.de", "x".repeat(250) + "@a.de"
        }) {
            assertThatThrownBy(() -> DashboardUser.normalizeEmail(bad))
                    .as(String.valueOf(bad))
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("email"));
        }
    }

    @Test
    void onlyAnArgon2idHashIsAcceptedAndNoneIsShownInText() {
        assertThatThrownBy(() -> new DashboardUser(
                        UserId.newId(),
                        company,
                        "e@salon.example",
                        "Erika",
                        UserRole.STAFF,
                        "plain password",
                        true,
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("password_hash"));
        DashboardUser user =
                new DashboardUser(UserId.newId(), company, "e@salon.example", "Erika", UserRole.STAFF, HASH, true, NOW);
        assertThat(user.toString())
                .doesNotContain(HASH)
                .doesNotContain("e@salon.example")
                .doesNotContain("Erika");
    }

    @Test
    void rolesParseInAnyCaseAndSayWhatTheyMayDo() {
        assertThat(UserRole.parse(" Owner ")).isEqualTo(UserRole.OWNER);
        assertThat(UserRole.parse("STAFF")).isEqualTo(UserRole.STAFF);
        assertThat(UserRole.parse("viewer")).isEqualTo(UserRole.VIEWER);
        for (String bad : new String[] {null, "", "admin", "tenant_admin"}) {
            assertThatThrownBy(() -> UserRole.parse(bad))
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("role"));
        }
        assertThat(UserRole.OWNER.mayManageUsers()).isTrue();
        assertThat(UserRole.STAFF.mayManageUsers()).isFalse();
        assertThat(UserRole.VIEWER.mayManageUsers()).isFalse();
        assertThat(UserRole.STAFF.mayAct()).isTrue();
        assertThat(UserRole.VIEWER.mayAct()).isFalse();
        assertThat(UserRole.VIEWER.seesFullNumbers()).isFalse();
        assertThat(UserRole.STAFF.seesFullNumbers()).isTrue();
        assertThat(UserRole.ofApiKey(ApiKeyRole.TENANT_ADMIN)).isEqualTo(UserRole.OWNER);
        assertThat(UserRole.ofApiKey(ApiKeyRole.TENANT_READ)).isEqualTo(UserRole.VIEWER);
    }

    @Test
    void aSessionBelongsToExactlyOneOfAKeyAndAUser() {
        DashboardSession forUser = DashboardSession.openForUser(
                TOKEN_HASH, company, UserId.newId(), UserRole.VIEWER, NOW, Duration.ofHours(8));
        assertThat(forUser.apiKeyId()).isNull();
        assertThat(forUser.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThatThrownBy(() -> new DashboardSession(
                        TOKEN_HASH, company, ApiKeyId.newId(), UserId.newId(), UserRole.OWNER, NOW, NOW.plusSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() ->
                        new DashboardSession(TOKEN_HASH, company, null, null, UserRole.OWNER, NOW, NOW.plusSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DashboardSession.openForKey(
                        TOKEN_HASH, company, ApiKeyId.newId(), null, NOW, Duration.ofHours(1)))
                .isInstanceOf(InvalidValueException.class);
    }
}
