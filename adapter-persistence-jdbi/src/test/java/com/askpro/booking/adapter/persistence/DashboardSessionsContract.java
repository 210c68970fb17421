package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.access.DashboardSession;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Contract of the {@code DashboardSessions} port: expiry, sign-out, revoked keys and inactive companies end sessions. */
abstract class DashboardSessionsContract extends DatabaseTest {

    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    @Test
    void a_stored_session_is_found_by_its_hash_until_it_expires() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey key = key(t);
        DashboardSession session = DashboardSession.open(hash(), t.company().id(), key.id(), NOW, EIGHT_HOURS);
        persistence.dashboardSessions().add(session);

        assertThat(persistence.dashboardSessions().findValid(session.tokenHash(), NOW)).contains(session);
        assertThat(persistence.dashboardSessions().findValid(session.tokenHash(), NOW.plus(EIGHT_HOURS).minusSeconds(1)))
                .contains(session);
        assertThat(persistence.dashboardSessions().findValid(session.tokenHash(), NOW.plus(EIGHT_HOURS))).isEmpty();
        assertThat(persistence.dashboardSessions().findValid(hash(), NOW)).isEmpty();
    }

    @Test
    void sign_out_removes_only_that_session() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey key = key(t);
        DashboardSession first = DashboardSession.open(hash(), t.company().id(), key.id(), NOW, EIGHT_HOURS);
        DashboardSession second = DashboardSession.open(hash(), t.company().id(), key.id(), NOW, EIGHT_HOURS);
        persistence.dashboardSessions().add(first);
        persistence.dashboardSessions().add(second);

        persistence.dashboardSessions().remove(first.tokenHash());
        persistence.dashboardSessions().remove(hash());

        assertThat(persistence.dashboardSessions().findValid(first.tokenHash(), NOW)).isEmpty();
        assertThat(persistence.dashboardSessions().findValid(second.tokenHash(), NOW)).contains(second);
    }

    @Test
    void revoking_the_api_key_ends_its_sessions_but_not_those_of_other_keys() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey revoked = key(t);
        ApiKey kept = key(t);
        DashboardSession ended = DashboardSession.open(hash(), t.company().id(), revoked.id(), NOW, EIGHT_HOURS);
        DashboardSession alive = DashboardSession.open(hash(), t.company().id(), kept.id(), NOW, EIGHT_HOURS);
        persistence.dashboardSessions().add(ended);
        persistence.dashboardSessions().add(alive);

        persistence.apiKeys().revoke(t.tenant(), revoked.id(), NOW.plusSeconds(60)).orElseThrow();

        assertThat(persistence.dashboardSessions().findValid(ended.tokenHash(), NOW.plusSeconds(61))).isEmpty();
        assertThat(persistence.dashboardSessions().findValid(alive.tokenHash(), NOW.plusSeconds(61))).contains(alive);
    }

    @Test
    void a_deactivated_company_has_no_valid_session() {
        Fixtures t = Fixtures.create(persistence);
        DashboardSession session = DashboardSession.open(hash(), t.company().id(), key(t).id(), NOW, EIGHT_HOURS);
        persistence.dashboardSessions().add(session);

        persistence.companies().update(t.company().deactivated()).orElseThrow();

        assertThat(persistence.dashboardSessions().findValid(session.tokenHash(), NOW)).isEmpty();
    }

    @Test
    void expired_sessions_are_deleted_and_valid_ones_kept() {
        Fixtures t = Fixtures.create(persistence);
        ApiKey key = key(t);
        Instant later = NOW.plus(Duration.ofDays(400));
        DashboardSession old = DashboardSession.open(hash(), t.company().id(), key.id(), later, Duration.ofMinutes(1));
        DashboardSession fresh = DashboardSession.open(hash(), t.company().id(), key.id(), later, EIGHT_HOURS);
        persistence.dashboardSessions().add(old);
        persistence.dashboardSessions().add(fresh);

        assertThat(persistence.dashboardSessions().removeExpired(later.plus(Duration.ofMinutes(1)))).isGreaterThanOrEqualTo(1);

        assertThat(count("SELECT COUNT(*) FROM dashboard_sessions WHERE token_hash = ?", old.tokenHash())).isZero();
        assertThat(persistence.dashboardSessions().findValid(fresh.tokenHash(), later.plusSeconds(120))).contains(fresh);
    }

    private ApiKey key(Fixtures t) {
        String prefix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return persistence.apiKeys().add(ApiKey.issue(ApiKeyId.newId(), t.company().id(), ApiKeyRole.TENANT_READ, prefix,
                "a".repeat(64), "dashboard", NOW)).orElseThrow();
    }

    private static String hash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
