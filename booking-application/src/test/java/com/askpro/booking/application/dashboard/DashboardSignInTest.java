package com.askpro.booking.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.admin.ApiKeySecrets;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.port.ApiKeys;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sign-in, session lookup, expiry and sign-out of the dashboard, on in-memory ports. */
class DashboardSignInTest {

    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final String PLATFORM_KEY = "platform-key-0123456789abcdef";

    private final Company company = Company.create(CompanyId.newId(), "Demo Salon", "DE", ZoneId.of("Europe/Berlin"), Language.DE);
    private final String tenantKey = ApiKeySecrets.generate();
    private final MemorySessions sessions = new MemorySessions();
    private final MutableClock clock = new MutableClock();
    private final DashboardSignIn signIn;

    DashboardSignInTest() {
        ApiKeySecrets.Parts parts = ApiKeySecrets.parts(tenantKey);
        ApiKey key = ApiKey.issue(ApiKeyId.newId(), company.id(), ApiKeyRole.TENANT_READ, parts.prefix(), parts.secretHash(), null, NOW);
        signIn = new DashboardSignIn(new Authenticate(new OneKey(key), new OneCompany(company), PLATFORM_KEY), sessions,
                Duration.ofHours(8), clock);
    }

    @Test
    void aTenantKeyOpensASessionForItsCompanyAndOnlyTheHashIsStored() {
        DashboardSignIn.Outcome.Opened opened = (DashboardSignIn.Outcome.Opened) signIn.signIn(tenantKey);

        assertThat(opened.session().companyId()).isEqualTo(company.id());
        assertThat(opened.session().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(sessions.byHash).containsOnlyKeys(DashboardSignIn.hash(opened.token()));
        assertThat(sessions.byHash.keySet()).doesNotContain(opened.token());
        assertThat(signIn.session(opened.token())).contains(opened.session());
    }

    @Test
    void aWrongKeyIsUnknownAndThePlatformKeyHasNoDashboard() {
        assertThat(signIn.signIn("ak_zzzzzzzz_" + "x".repeat(43))).isInstanceOf(DashboardSignIn.Outcome.UnknownKey.class);
        assertThat(signIn.signIn("")).isInstanceOf(DashboardSignIn.Outcome.UnknownKey.class);
        assertThat(signIn.signIn(PLATFORM_KEY)).isInstanceOf(DashboardSignIn.Outcome.PlatformKey.class);
        assertThat(sessions.byHash).isEmpty();
    }

    @Test
    void aSessionEndsWhenItExpiresOrIsSignedOut() {
        String expiring = ((DashboardSignIn.Outcome.Opened) signIn.signIn(tenantKey)).token();
        String signedOut = ((DashboardSignIn.Outcome.Opened) signIn.signIn(tenantKey)).token();

        signIn.signOut(signedOut);
        assertThat(signIn.session(signedOut)).isEmpty();
        assertThat(signIn.session(expiring)).isPresent();

        clock.now = NOW.plus(Duration.ofHours(8));
        assertThat(signIn.session(expiring)).isEmpty();
        assertThat(signIn.session(null)).isEmpty();
        assertThat(signIn.session("x".repeat(101))).isEmpty();
    }

    private static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final class MemorySessions implements DashboardSessions {
        final Map<String, DashboardSession> byHash = new HashMap<>();

        @Override
        public void add(DashboardSession session) {
            byHash.put(session.tokenHash(), session);
        }

        @Override
        public Optional<DashboardSession> findValid(String tokenHash, Instant now) {
            return Optional.ofNullable(byHash.get(tokenHash)).filter(s -> !s.isExpiredAt(now));
        }

        @Override
        public void remove(String tokenHash) {
            byHash.remove(tokenHash);
        }

        @Override
        public int removeExpired(Instant now) {
            List<String> expired = new ArrayList<>();
            byHash.forEach((hash, session) -> {
                if (session.isExpiredAt(now)) {
                    expired.add(hash);
                }
            });
            expired.forEach(byHash::remove);
            return expired.size();
        }
    }

    private record OneKey(ApiKey key) implements ApiKeys {
        @Override
        public WriteOutcome<ApiKey> add(ApiKey other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ApiKey> findByPrefix(String prefix) {
            return Optional.of(key).filter(k -> k.prefix().equals(prefix));
        }

        @Override
        public List<ApiKey> list(TenantContext tenant) {
            return List.of(key);
        }

        @Override
        public Optional<ApiKey> revoke(TenantContext tenant, ApiKeyId id, Instant at) {
            throw new UnsupportedOperationException();
        }
    }

    private record OneCompany(Company company) implements Companies {
        @Override
        public Company add(Company other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Company> update(Company other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Company> find(CompanyId id) {
            return Optional.of(company).filter(c -> c.id().equals(id));
        }

        @Override
        public Page<Company> list(PageRequest page) {
            return new Page<>(List.of(company), null);
        }
    }
}
