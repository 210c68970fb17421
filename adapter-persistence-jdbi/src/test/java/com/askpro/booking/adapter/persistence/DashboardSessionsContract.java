package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.access.UserRole;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@code DashboardSessions} port: expiry, sign-out, revoked keys, deactivated users
 * and inactive companies end sessions; a user's session acts with the user's current role.
 */
abstract class DashboardSessionsContract extends PortsTest {

    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    @Test
    void aStoredSessionIsFoundByItsHashUntilItExpires() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey key = key(t);
        DashboardSession session =
                DashboardSession.openForKey(hash(), t.company().id(), key.id(), UserRole.OWNER, NOW, EIGHT_HOURS);
        persistence.dashboardSessions().add(session);

        assertThat(persistence.dashboardSessions().findValid(session.tokenHash(), NOW))
                .contains(session);
        assertThat(persistence
                        .dashboardSessions()
                        .findValid(session.tokenHash(), NOW.plus(EIGHT_HOURS).minusSeconds(1)))
                .contains(session);
        assertThat(persistence.dashboardSessions().findValid(session.tokenHash(), NOW.plus(EIGHT_HOURS)))
                .isEmpty();
        assertThat(persistence.dashboardSessions().findValid(hash(), NOW)).isEmpty();
    }

    @Test
    void signOutRemovesOnlyThatSession() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey key = key(t);
        DashboardSession first =
                DashboardSession.openForKey(hash(), t.company().id(), key.id(), UserRole.OWNER, NOW, EIGHT_HOURS);
        DashboardSession second =
                DashboardSession.openForKey(hash(), t.company().id(), key.id(), UserRole.OWNER, NOW, EIGHT_HOURS);
        persistence.dashboardSessions().add(first);
        persistence.dashboardSessions().add(second);

        persistence.dashboardSessions().remove(first.tokenHash());
        persistence.dashboardSessions().remove(hash());

        assertThat(persistence.dashboardSessions().findValid(first.tokenHash(), NOW))
                .isEmpty();
        assertThat(persistence.dashboardSessions().findValid(second.tokenHash(), NOW))
                .contains(second);
    }

    @Test
    void revokingTheApiKeyEndsItsSessionsButNotThoseOfOtherKeys() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey revoked = key(t);
        ApiKey kept = key(t);
        DashboardSession ended =
                DashboardSession.openForKey(hash(), t.company().id(), revoked.id(), UserRole.OWNER, NOW, EIGHT_HOURS);
        DashboardSession alive =
                DashboardSession.openForKey(hash(), t.company().id(), kept.id(), UserRole.OWNER, NOW, EIGHT_HOURS);
        persistence.dashboardSessions().add(ended);
        persistence.dashboardSessions().add(alive);

        persistence
                .apiKeys()
                .revoke(t.tenant(), revoked.id(), NOW.plusSeconds(60))
                .orElseThrow();

        assertThat(persistence.dashboardSessions().findValid(ended.tokenHash(), NOW.plusSeconds(61)))
                .isEmpty();
        assertThat(persistence.dashboardSessions().findValid(alive.tokenHash(), NOW.plusSeconds(61)))
                .contains(alive);
    }

    @Test
    void aDeactivatedCompanyHasNoValidSession() {
        Fixtures t = Fixtures.create(persistence);
        DashboardSession session =
                DashboardSession.openForKey(hash(), t.company().id(), key(t).id(), UserRole.OWNER, NOW, EIGHT_HOURS);
        persistence.dashboardSessions().add(session);

        persistence.companies().update(t.company().deactivated()).orElseThrow();

        assertThat(persistence.dashboardSessions().findValid(session.tokenHash(), NOW))
                .isEmpty();
    }

    @Test
    void expiredSessionsAreDeletedAndValidOnesKept() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey key = key(t);
        Instant later = NOW.plus(Duration.ofDays(400));
        DashboardSession old = DashboardSession.openForKey(
                hash(), t.company().id(), key.id(), UserRole.OWNER, later, Duration.ofMinutes(1));
        DashboardSession fresh =
                DashboardSession.openForKey(hash(), t.company().id(), key.id(), UserRole.OWNER, later, EIGHT_HOURS);
        persistence.dashboardSessions().add(old);
        persistence.dashboardSessions().add(fresh);

        assertThat(persistence.dashboardSessions().removeExpired(later.plus(Duration.ofMinutes(1))))
                .isGreaterThanOrEqualTo(1);

        assertThat(persistence.dashboardSessions().removeExpired(later.plus(Duration.ofMinutes(1))))
                .as("the expired session is gone: a second sweep finds nothing")
                .isZero();
        onDatabase(jdbi -> assertThat(
                        count(jdbi, "SELECT COUNT(*) FROM dashboard_sessions WHERE token_hash = ?", old.tokenHash()))
                .isZero());
        assertThat(persistence.dashboardSessions().findValid(fresh.tokenHash(), later.plusSeconds(120)))
                .contains(fresh);
    }

    @Test
    void aUsersSessionCarriesTheUserAndActsWithTheUsersCurrentRole() {
        Fixtures t = Fixtures.create(persistence);
        DashboardUser user = user(t, UserRole.STAFF);
        DashboardSession session =
                DashboardSession.openForUser(hash(), t.company().id(), user.id(), UserRole.STAFF, NOW, EIGHT_HOURS);
        persistence.dashboardSessions().add(session);

        assertThat(persistence.dashboardSessions().findValid(session.tokenHash(), NOW))
                .contains(session);

        persistence
                .dashboardUsers()
                .update(t.tenant(), user.withRole(UserRole.VIEWER))
                .orElseThrow();
        assertThat(persistence.dashboardSessions().findValid(session.tokenHash(), NOW))
                .get()
                .satisfies(found -> {
                    assertThat(found.role()).isEqualTo(UserRole.VIEWER);
                    assertThat(found.userId()).isEqualTo(user.id());
                    assertThat(found.apiKeyId()).isNull();
                });
    }

    @Test
    void aDeactivatedUserHasNoValidSessionAndRemoveForUserEndsOnlyThatUsersSessions() {
        Fixtures t = Fixtures.create(persistence);
        DashboardUser gone = user(t, UserRole.OWNER);
        DashboardUser ended = user(t, UserRole.STAFF);
        DashboardUser kept = user(t, UserRole.STAFF);
        DashboardSession goneSession =
                DashboardSession.openForUser(hash(), t.company().id(), gone.id(), UserRole.OWNER, NOW, EIGHT_HOURS);
        DashboardSession endedSession =
                DashboardSession.openForUser(hash(), t.company().id(), ended.id(), UserRole.STAFF, NOW, EIGHT_HOURS);
        DashboardSession keptSession =
                DashboardSession.openForUser(hash(), t.company().id(), kept.id(), UserRole.STAFF, NOW, EIGHT_HOURS);
        DashboardSession keySession =
                DashboardSession.openForKey(hash(), t.company().id(), key(t).id(), UserRole.VIEWER, NOW, EIGHT_HOURS);
        List.of(goneSession, endedSession, keptSession, keySession).forEach(persistence.dashboardSessions()::add);

        persistence.dashboardUsers().update(t.tenant(), gone.withActive(false)).orElseThrow();
        assertThat(persistence.dashboardSessions().findValid(goneSession.tokenHash(), NOW))
                .isEmpty();

        Fixtures other = Fixtures.create(persistence);
        assertThat(persistence.dashboardSessions().removeForUser(other.tenant(), ended.id()))
                .isZero();
        assertThat(persistence.dashboardSessions().removeForUser(t.tenant(), ended.id()))
                .isEqualTo(1);

        assertThat(persistence.dashboardSessions().findValid(endedSession.tokenHash(), NOW))
                .isEmpty();
        assertThat(persistence.dashboardSessions().findValid(keptSession.tokenHash(), NOW))
                .contains(keptSession);
        assertThat(persistence.dashboardSessions().findValid(keySession.tokenHash(), NOW))
                .contains(keySession);
    }

    @Test
    void aSessionOpenedByThePreviousReleaseWithoutARoleTakesItFromItsKey() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey key = key(t);
        String hash = hash();
        onDatabase(jdbi -> {
            try (java.sql.Connection connection = jdbi.dataSource().getConnection();
                    java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO dashboard_sessions"
                            + " (token_hash, company_id, api_key_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, hash);
                insert.setObject(2, t.company().id().value());
                insert.setObject(3, key.id().value());
                insert.setObject(4, java.time.OffsetDateTime.ofInstant(NOW, java.time.ZoneOffset.UTC));
                insert.setObject(
                        5, java.time.OffsetDateTime.ofInstant(NOW.plus(EIGHT_HOURS), java.time.ZoneOffset.UTC));
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }

            assertThat(persistence.dashboardSessions().findValid(hash, NOW))
                    .get()
                    .satisfies(found -> assertThat(found.role()).isEqualTo(UserRole.VIEWER));
        });
    }

    private DashboardUser user(Fixtures t, UserRole role) {
        return persistence
                .dashboardUsers()
                .add(
                        t.tenant(),
                        new DashboardUser(
                                UserId.newId(),
                                t.company().id(),
                                UUID.randomUUID() + "@salon.example",
                                "Erika",
                                role,
                                "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                                true,
                                NOW))
                .orElseThrow();
    }

    private ApiKey key(Fixtures t) {
        String prefix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return persistence
                .apiKeys()
                .add(ApiKey.issue(
                        ApiKeyId.newId(),
                        t.company().id(),
                        ApiKeyRole.TENANT_READ,
                        prefix,
                        "a".repeat(64),
                        "dashboard",
                        NOW))
                .orElseThrow();
    }

    private static String hash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
