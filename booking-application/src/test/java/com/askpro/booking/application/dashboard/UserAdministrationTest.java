package com.askpro.booking.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.admin.UserAdministration;
import com.askpro.booking.application.admin.UserAdministration.UserInput;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.access.UserRole;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.port.DashboardUsers;
import com.askpro.booking.domain.port.memory.InMemoryPorts;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The user administration use case (API and users page): validation, uniqueness, tenancy, key roles, sessions ended. */
class UserAdministrationTest {

    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");

    private final CompanyId company = CompanyId.newId();
    private final CompanyId otherCompany = CompanyId.newId();
    private final Principal admin =
            new Principal(ApiKeyRole.TENANT_ADMIN, company, ApiKeyId.newId().toString());
    private final Principal reader =
            new Principal(ApiKeyRole.TENANT_READ, company, ApiKeyId.newId().toString());
    private final Principal otherAdmin = new Principal(
            ApiKeyRole.TENANT_ADMIN, otherCompany, ApiKeyId.newId().toString());
    private final DashboardUsers users = new InMemoryPorts().dashboardUsers();
    private final MemorySessions sessions = new MemorySessions();
    private final DashboardSignInTest.CountingPasswords passwords = new DashboardSignInTest.CountingPasswords();
    private final AuditLog auditLog = new InMemoryPorts().auditLog();
    private final UserAdministration administration =
            new UserAdministration(users, sessions, passwords, auditLog, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAdminKeyCreatesAUserWithANormalizedAddressAndAHashNeverThePassword() {
        DashboardUser user = administration.create(
                admin, new UserInput(" Erika@Salon.Example ", "Erika", "staff", "long enough pw", null));

        assertThat(user.email()).isEqualTo("erika@salon.example");
        assertThat(user.role()).isEqualTo(UserRole.STAFF);
        assertThat(user.active()).isTrue();
        assertThat(user.passwordHash()).doesNotContain("long enough pw").isEqualTo(passwords.hash("long enough pw"));
        assertThat(administration.list(reader)).containsExactly(user);
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("user.create");
            assertThat(e.actor()).isEqualTo(admin.actor());
            assertThat(e.detail()).isEqualTo("staff");
        });
    }

    @Test
    void theSameAddressInAnyCaseIsAConflictInOneCompanyButFineInAnother() {
        administration.create(admin, new UserInput("erika@salon.example", "Erika", "owner", "long enough pw", null));

        assertThatThrownBy(() -> administration.create(
                        admin, new UserInput("ERIKA@salon.example", "Erika 2", "viewer", "long enough pw", null)))
                .isInstanceOfSatisfying(AdminException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdminException.Kind.CONFLICT);
                    assertThat(e.field()).isEqualTo("email");
                });
        assertThat(administration
                        .create(
                                otherAdmin,
                                new UserInput("erika@salon.example", "Erika", "owner", "long enough pw", null))
                        .companyId())
                .isEqualTo(otherCompany);
    }

    @Test
    void invalidInputNamesTheField() {
        assertField(new UserInput("erika@salon.example", "Erika", "staff", "too short", null), "password");
        assertField(new UserInput("erika@salon.example", "Erika", "staff", "x".repeat(201), null), "password");
        assertField(new UserInput("erika@salon.example", "Erika", "staff", null, null), "password");
        assertField(new UserInput("no address", "Erika", "staff", "long enough pw", null), "email");
        assertField(new UserInput(null, "Erika", "staff", "long enough pw", null), "email");
        assertField(new UserInput("erika@salon.example", "Erika", "admin", "long enough pw", null), "role");
        assertField(new UserInput("erika@salon.example", null, "staff", "long enough pw", null), "name");
        assertField(new UserInput("erika@salon.example", " ", "staff", "long enough pw", null), "name");
        assertThat(users.list(TenantContext.of(company))).isEmpty();
    }

    @Test
    void aReadKeyMayListButNotCreateOrChange() {
        DashboardUser user = administration.create(
                admin, new UserInput("erika@salon.example", "Erika", "staff", "long enough pw", null));

        assertThat(administration.list(reader)).hasSize(1);
        assertThatThrownBy(() -> administration.create(
                        reader, new UserInput("b@salon.example", "B", "staff", "long enough pw", null)))
                .isInstanceOfSatisfying(
                        AdminException.class, e -> assertThat(e.kind()).isEqualTo(AdminException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> administration.update(
                        reader, user.id().toString(), new UserInput(null, null, null, null, false)))
                .isInstanceOfSatisfying(
                        AdminException.class, e -> assertThat(e.kind()).isEqualTo(AdminException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> administration.list(Principal.PLATFORM)).isInstanceOf(AdminException.class);
    }

    @Test
    void anotherTenantsUserIsNotFound() {
        DashboardUser user = administration.create(
                admin, new UserInput("erika@salon.example", "Erika", "staff", "long enough pw", null));

        for (String id : List.of(user.id().toString(), UUID.randomUUID().toString(), "not-a-uuid")) {
            assertThatThrownBy(
                            () -> administration.update(otherAdmin, id, new UserInput(null, null, null, null, false)))
                    .isInstanceOfSatisfying(
                            AdminException.class, e -> assertThat(e.kind()).isEqualTo(AdminException.Kind.NOT_FOUND));
            assertThatThrownBy(() -> administration.get(otherAdmin, id))
                    .isInstanceOfSatisfying(
                            AdminException.class, e -> assertThat(e.kind()).isEqualTo(AdminException.Kind.NOT_FOUND));
        }
        assertThat(administration.list(otherAdmin)).isEmpty();
        assertThat(users.find(TenantContext.of(company), user.id())
                        .orElseThrow()
                        .active())
                .isTrue();
    }

    @Test
    void deactivatingOrANewPasswordEndsTheUsersSessionsARoleChangeKeepsThem() {
        DashboardUser erika = administration.create(
                admin, new UserInput("erika@salon.example", "Erika", "staff", "long enough pw", null));
        DashboardUser max = administration.create(
                admin, new UserInput("max@salon.example", "Max", "staff", "long enough pw", null));
        DashboardSession erikas = session(erika);
        DashboardSession maxs = session(max);

        DashboardUser viewer =
                administration.update(admin, erika.id().toString(), new UserInput(null, null, "viewer", null, null));
        assertThat(viewer.role()).isEqualTo(UserRole.VIEWER);
        assertThat(sessions.byHash).containsKeys(erikas.tokenHash(), maxs.tokenHash());

        DashboardUser renamed = administration.update(
                admin, erika.id().toString(), new UserInput(null, "Erika M.", null, "a new long password", null));
        assertThat(renamed.name()).isEqualTo("Erika M.");
        assertThat(renamed.passwordHash()).isEqualTo(passwords.hash("a new long password"));
        assertThat(sessions.byHash).doesNotContainKey(erikas.tokenHash()).containsKey(maxs.tokenHash());

        assertThat(administration
                        .update(admin, max.id().toString(), new UserInput(null, null, null, null, false))
                        .active())
                .isFalse();
        assertThat(sessions.byHash).isEmpty();
        assertThat(audit())
                .extracting(AuditLog.Entry::action)
                .containsExactly("user.create", "user.create", "user.update", "user.update", "user.update");
    }

    @Test
    void theAddressCannotChange() {
        DashboardUser erika = administration.create(
                admin, new UserInput("erika@salon.example", "Erika", "staff", "long enough pw", null));

        assertThat(administration.update(
                        admin, erika.id().toString(), new UserInput("ERIKA@salon.example", null, null, null, null)))
                .isEqualTo(erika);
        assertThatThrownBy(() -> administration.update(
                        admin, erika.id().toString(), new UserInput("new@salon.example", null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    private DashboardSession session(DashboardUser user) {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        DashboardSession session = DashboardSession.openForUser(
                HexFormat.of().formatHex(random), user.companyId(), user.id(), user.role(), NOW, Duration.ofHours(8));
        sessions.add(session);
        return session;
    }

    private void assertField(UserInput input, String field) {
        assertThatThrownBy(() -> administration.create(admin, input))
                .as(field)
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    /** The company's audit trail, oldest first. */
    private List<AuditLog.Entry> audit() {
        List<AuditLog.Entry> trail = new ArrayList<>(auditLog.recent(company, 100));
        Collections.reverse(trail);
        return trail;
    }

    /**
     * The stored sessions as a plain map: this test checks which sessions the use case removed, and the
     * in-memory adapter's {@code findValid} also refuses a deactivated user's session, which would hide
     * a removal that did not happen.
     */
    static final class MemorySessions implements DashboardSessions {
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
        public int removeForUser(TenantContext tenant, UserId user) {
            List<String> ended = byHash.entrySet().stream()
                    .filter(e -> user.equals(e.getValue().userId())
                            && tenant.owns(e.getValue().companyId()))
                    .map(Map.Entry::getKey)
                    .toList();
            ended.forEach(byHash::remove);
            return ended.size();
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
}
