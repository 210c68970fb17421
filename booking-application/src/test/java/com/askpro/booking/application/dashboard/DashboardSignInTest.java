package com.askpro.booking.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.admin.ApiKeySecrets;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.port.PasswordHashing;
import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.access.UserRole;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.port.DashboardUsers;
import com.askpro.booking.domain.port.memory.InMemoryPorts;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Sign-in (API key, e-mail and password), session lookup, roles, expiry and sign-out of the dashboard, on in-memory ports. */
class DashboardSignInTest {

    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final String PLATFORM_KEY = "platform-key-0123456789abcdef";

    private final Company company =
            Company.create(CompanyId.newId(), "Demo Salon", "DE", ZoneId.of("Europe/Berlin"), Language.DE);
    private final String tenantKey = ApiKeySecrets.generate();
    private final InMemoryPorts ports = new InMemoryPorts();
    private final DashboardSessions sessions = ports.dashboardSessions();
    private final MutableClock clock = new MutableClock();
    private final DashboardSignIn signIn;

    DashboardSignInTest() {
        ApiKeySecrets.Parts parts = ApiKeySecrets.parts(tenantKey);
        ApiKey key = ApiKey.issue(
                ApiKeyId.newId(), company.id(), ApiKeyRole.TENANT_READ, parts.prefix(), parts.secretHash(), null, NOW);
        ports.companies().add(company);
        ports.apiKeys().add(key).orElseThrow();
        signIn = new DashboardSignIn(
                new Authenticate(ports.apiKeys(), ports.companies(), PLATFORM_KEY),
                sessions,
                users,
                passwords,
                Duration.ofHours(8),
                clock);
    }

    private final DashboardUsers users = ports.dashboardUsers();
    private final CountingPasswords passwords = new CountingPasswords();

    private DashboardUser user(String email, String password, UserRole role, boolean active) {
        DashboardUser user = new DashboardUser(
                UserId.newId(),
                company.id(),
                email,
                "Erika " + role.code(),
                role,
                passwords.hash(password),
                active,
                NOW);
        users.add(company.tenant(), user).orElseThrow();
        return user;
    }

    @Test
    void aReadOnlyKeyActsAsViewerAnAdminKeyAsOwner() {
        DashboardSignIn.Outcome.Opened opened = (DashboardSignIn.Outcome.Opened) signIn.signIn(tenantKey);

        assertThat(opened.session().role()).isEqualTo(UserRole.VIEWER);
        assertThat(opened.session().userId()).isNull();
        assertThat(UserRole.ofApiKey(ApiKeyRole.TENANT_ADMIN)).isEqualTo(UserRole.OWNER);
        assertThat(DashboardSignIn.principal(opened.session()).role()).isEqualTo(ApiKeyRole.TENANT_READ);
        assertThat(DashboardSignIn.principal(opened.session()).actor())
                .isEqualTo("api_key:" + opened.session().apiKeyId());
    }

    @Test
    void aUserSignsInWithEmailInAnyCaseAndPasswordAndTheSessionCarriesUserAndRole() {
        DashboardUser staff = user("erika@salon.example", "correct horse battery", UserRole.STAFF, true);

        DashboardSignIn.Outcome outcome = signIn.signInUser("  Erika@SALON.example ", "correct horse battery");

        DashboardSignIn.Outcome.Opened opened = (DashboardSignIn.Outcome.Opened) outcome;
        assertThat(opened.session().userId()).isEqualTo(staff.id());
        assertThat(opened.session().apiKeyId()).isNull();
        assertThat(opened.session().role()).isEqualTo(UserRole.STAFF);
        assertThat(opened.session().companyId()).isEqualTo(company.id());
        assertThat(signIn.session(opened.token())).contains(opened.session());
        assertThat(signIn.user(opened.session())).contains(staff);
        assertThat(DashboardSignIn.principal(opened.session()).role()).isEqualTo(ApiKeyRole.TENANT_ADMIN);
        assertThat(DashboardSignIn.principal(opened.session()).actor()).isEqualTo("user:" + staff.id());
    }

    @Test
    void wrongPasswordsUnknownOrMalformedAddressesAndInactiveUsersAllFailAfterExactlyOneHash() {
        user("erika@salon.example", "correct horse battery", UserRole.OWNER, true);
        user("gone@salon.example", "correct horse battery", UserRole.OWNER, false);

        for (String[] attempt : new String[][] {
            {"erika@salon.example", "wrong password!"},
            {"nobody@salon.example", "whatever123"},
            {"not an address", "whatever123"},
            {null, "whatever123"},
            {"gone@salon.example", "correct horse battery"},
            {"erika@salon.example", null},
            {"erika@salon.example", ""},
            {"erika@salon.example", "x".repeat(5000)}
        }) {
            int before = passwords.checks;
            assertThat(signIn.signInUser(attempt[0], attempt[1]))
                    .as(String.join(" / ", String.valueOf(attempt[0])))
                    .isInstanceOf(DashboardSignIn.Outcome.WrongCredentials.class);
            assertThat(passwords.checks - before).as("hashes for " + attempt[0]).isEqualTo(1);
        }
        assertThat(storedSessions()).isZero();
    }

    @Test
    void aViewerSessionMayOnlyRead() {
        user("view@salon.example", "correct horse battery", UserRole.VIEWER, true);
        DashboardSession session = ((DashboardSignIn.Outcome.Opened)
                        signIn.signInUser("view@salon.example", "correct horse battery"))
                .session();

        assertThat(session.role().mayAct()).isFalse();
        assertThat(session.role().seesFullNumbers()).isFalse();
        assertThat(DashboardSignIn.principal(session).role().mayWrite()).isFalse();
    }

    @Test
    void withoutUsersConfiguredNoUserSignsIn() {
        DashboardSignIn keysOnly = new DashboardSignIn(
                new Authenticate(new InMemoryPorts().apiKeys(), ports.companies(), PLATFORM_KEY),
                sessions,
                Duration.ofHours(8),
                clock);
        assertThat(keysOnly.signInUser("erika@salon.example", "correct horse battery"))
                .isInstanceOf(DashboardSignIn.Outcome.WrongCredentials.class);
    }

    /** Not a real hash: fast, deterministic, and counts every check. */
    static final class CountingPasswords implements PasswordHashing {
        int checks;

        @Override
        public String hash(String password) {
            return "$argon2id$test$" + Integer.toHexString(password.hashCode());
        }

        @Override
        public boolean matches(String password, String encoded) {
            checks++;
            return encoded.equals(hash(password));
        }

        @Override
        public String decoy() {
            return "$argon2id$test$decoy";
        }
    }

    @Test
    void aTenantKeyOpensASessionForItsCompanyAndOnlyTheHashIsStored() {
        DashboardSignIn.Outcome.Opened opened = (DashboardSignIn.Outcome.Opened) signIn.signIn(tenantKey);

        assertThat(opened.session().companyId()).isEqualTo(company.id());
        assertThat(opened.session().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(sessions.findValid(DashboardSignIn.hash(opened.token()), NOW))
                .isPresent();
        assertThat(sessions.findValid(opened.token(), NOW))
                .as("the token itself is not a key")
                .isEmpty();
        assertThat(signIn.session(opened.token())).contains(opened.session());
        assertThat(storedSessions()).as("one session, under the hash").isEqualTo(1);
    }

    @Test
    void aWrongKeyIsUnknownAndThePlatformKeyHasNoDashboard() {
        assertThat(signIn.signIn("ak_zzzzzzzz_" + "x".repeat(43)))
                .isInstanceOf(DashboardSignIn.Outcome.UnknownKey.class);
        assertThat(signIn.signIn("")).isInstanceOf(DashboardSignIn.Outcome.UnknownKey.class);
        assertThat(signIn.signIn(PLATFORM_KEY)).isInstanceOf(DashboardSignIn.Outcome.PlatformKey.class);
        assertThat(storedSessions()).isZero();
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

    /** How many sessions are stored: every one has expired by the end of time (and is swept). */
    private int storedSessions() {
        return sessions.removeExpired(Instant.MAX);
    }
}
