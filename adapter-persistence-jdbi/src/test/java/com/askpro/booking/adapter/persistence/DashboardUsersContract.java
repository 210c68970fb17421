package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.access.UserRole;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.InvalidValueException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@code DashboardUsers} port: e-mail and name encrypted at rest, an address unique
 * per company whatever its case, every read and write scoped to its tenant, and the sign-in lookup
 * across companies only finding active users of active companies. Runs on H2, PostgreSQL and in
 * memory; that the columns are encrypted is checked on the databases.
 */
abstract class DashboardUsersContract extends PortsTest {

    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final String HASH = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA";

    @Test
    void aUserIsStoredWithEmailAndNameEncryptedAndFoundAgain() {
        Fixtures t = Fixtures.create(persistence);
        String email = UUID.randomUUID() + "@salon.example";
        DashboardUser user = user(t, email, UserRole.STAFF, NOW);

        assertThat(persistence.dashboardUsers().add(t.tenant(), user)).isEqualTo(new WriteOutcome.Written<>(user));

        assertThat(persistence.dashboardUsers().find(t.tenant(), user.id())).contains(user);
        assertThat(persistence.dashboardUsers().list(t.tenant())).containsExactly(user);
        onDatabase(db -> {
            try (Connection connection = db.dataSource().getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT email, name, email_hash FROM dashboard_users WHERE id = ?")) {
                select.setObject(1, user.id().value());
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString("email")).startsWith("ENC1:").doesNotContain(email);
                    assertThat(row.getString("name")).startsWith("ENC1:").doesNotContain("Erika");
                    assertThat(row.getString("email_hash")).hasSize(64).doesNotContain(email);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void anAddressIsUniquePerCompanyInAnyCaseButMayExistInAnotherCompany() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        String email = UUID.randomUUID() + "@salon.example";
        persistence
                .dashboardUsers()
                .add(t.tenant(), user(t, email, UserRole.OWNER, NOW))
                .orElseThrow();

        assertThat(persistence
                        .dashboardUsers()
                        .add(t.tenant(), user(t, email.toUpperCase(java.util.Locale.ROOT), UserRole.VIEWER, NOW)))
                .isInstanceOf(WriteOutcome.AlreadyExists.class);
        assertThat(persistence
                        .dashboardUsers()
                        .add(other.tenant(), user(other, email, UserRole.VIEWER, NOW))
                        .isWritten())
                .isTrue();
        assertThat(persistence.dashboardUsers().list(t.tenant())).hasSize(1);
    }

    @Test
    void anotherTenantNeitherFindsListsNorChangesAUser() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        DashboardUser user = persistence
                .dashboardUsers()
                .add(t.tenant(), user(t, UUID.randomUUID() + "@salon.example", UserRole.STAFF, NOW))
                .orElseThrow();

        assertThat(persistence.dashboardUsers().find(other.tenant(), user.id())).isEmpty();
        assertThat(persistence.dashboardUsers().list(other.tenant())).isEmpty();
        assertThatThrownBy(() -> persistence.dashboardUsers().update(other.tenant(), user.withActive(false)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(persistence.dashboardUsers().update(t.tenant(), user(t, "x@salon.example", UserRole.STAFF, NOW)))
                .isEqualTo(new WriteOutcome.NotFound<>());
        assertThat(persistence.dashboardUsers().find(t.tenant(), user.id())).contains(user);
    }

    @Test
    void anUpdateChangesNameRolePasswordHashAndActiveButNotTheAddress() {
        Fixtures t = Fixtures.create(persistence);
        DashboardUser user = persistence
                .dashboardUsers()
                .add(t.tenant(), user(t, UUID.randomUUID() + "@salon.example", UserRole.STAFF, NOW))
                .orElseThrow();
        DashboardUser changed = user.withName("Erika Muster")
                .withRole(UserRole.OWNER)
                .withPasswordHash(HASH + "x")
                .withActive(false);

        assertThat(persistence.dashboardUsers().update(t.tenant(), changed))
                .isEqualTo(new WriteOutcome.Written<>(changed));
        assertThat(persistence.dashboardUsers().find(t.tenant(), user.id())).contains(changed);
    }

    @Test
    void theSignInLookupFindsActiveUsersOfActiveCompaniesInAnyCompanyOldestFirst() {
        Fixtures first = Fixtures.create(persistence);
        Fixtures second = Fixtures.create(persistence);
        Fixtures closed = Fixtures.create(persistence);
        String email = UUID.randomUUID() + "@salon.example";
        DashboardUser newer = persistence
                .dashboardUsers()
                .add(first.tenant(), user(first, email, UserRole.STAFF, NOW.plusSeconds(60)))
                .orElseThrow();
        DashboardUser older = persistence
                .dashboardUsers()
                .add(second.tenant(), user(second, email, UserRole.OWNER, NOW))
                .orElseThrow();
        persistence
                .dashboardUsers()
                .add(closed.tenant(), user(closed, email, UserRole.OWNER, NOW))
                .orElseThrow();
        persistence.companies().update(closed.company().deactivated()).orElseThrow();
        Fixtures third = Fixtures.create(persistence);
        DashboardUser inactive = persistence
                .dashboardUsers()
                .add(third.tenant(), user(third, email, UserRole.OWNER, NOW))
                .orElseThrow();
        persistence
                .dashboardUsers()
                .update(third.tenant(), inactive.withActive(false))
                .orElseThrow();

        assertThat(persistence.dashboardUsers().activeByEmail(email.toUpperCase(java.util.Locale.ROOT)))
                .containsExactly(older, newer);
        assertThat(persistence.dashboardUsers().activeByEmail("nobody-" + email))
                .isEmpty();
    }

    private static DashboardUser user(Fixtures t, String email, UserRole role, Instant createdAt) {
        return new DashboardUser(UserId.newId(), t.company().id(), email, "Erika", role, HASH, true, createdAt);
    }
}
