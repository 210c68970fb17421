package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.admin.UserAdministration;
import com.askpro.booking.application.port.PasswordHashing;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserRole;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.port.DashboardUsers;
import com.askpro.booking.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Use case: people sign in to their company's dashboard with e-mail and password (a dashboard
 * user, with the user's role), operators with a tenant API key (an admin key acts as owner, a
 * read-only key as viewer); either gets a random session token, of which only the SHA-256 digest
 * is stored. The platform key has no dashboard.
 */
public final class DashboardSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN_LENGTH = 100;

    /** The outcome of a sign-in. */
    public sealed interface Outcome {
        /** Signed in: {@code token} goes to the browser (cookie), never into storage. */
        record Opened(String token, DashboardSession session) implements Outcome {}

        /** The key authenticates nobody (unknown, revoked, inactive company). */
        record UnknownKey() implements Outcome {}

        /** The platform key manages companies and sees no tenant's dashboard. */
        record PlatformKey() implements Outcome {}

        /** No active user with this e-mail address and password (which of the two is wrong is not told). */
        record WrongCredentials() implements Outcome {}
    }

    private final Authenticate authenticate;
    private final DashboardSessions sessions;
    private final Duration lifetime;
    private final Clock clock;
    private final DashboardUsers users;
    private final PasswordHashing passwords;

    /** API-key sign-in only. */
    public DashboardSignIn(Authenticate authenticate, DashboardSessions sessions, Duration lifetime, Clock clock) {
        this(authenticate, sessions, null, null, lifetime, clock);
    }

    /** API-key and user sign-in ({@code users} and {@code passwords} null: API keys only). */
    public DashboardSignIn(
            Authenticate authenticate,
            DashboardSessions sessions,
            DashboardUsers users,
            PasswordHashing passwords,
            Duration lifetime,
            Clock clock) {
        this.authenticate = authenticate;
        this.sessions = sessions;
        this.users = users;
        this.passwords = passwords;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public Outcome signIn(String keyText) {
        Optional<Principal> principal = authenticate.authenticate(keyText);
        if (principal.isEmpty()) {
            return new Outcome.UnknownKey();
        }
        if (principal.get().isPlatform()) {
            return new Outcome.PlatformKey();
        }
        var now = clock.instant();
        sessions.removeExpired(now);
        String token = newToken();
        DashboardSession session = DashboardSession.openForKey(
                hash(token),
                principal.get().companyId(),
                ApiKeyId.parse(principal.get().keyId()),
                UserRole.ofApiKey(principal.get().role()),
                now,
                lifetime);
        sessions.add(session);
        return new Outcome.Opened(token, session);
    }

    /**
     * Signs a user in with e-mail and password. Every attempt costs one password hash, also for an
     * unknown or malformed address (compared against a decoy), so the answer time does not tell
     * whether an account exists. An address with accounts in several companies signs in to the
     * oldest account whose password matches.
     */
    public Outcome signInUser(String email, String password) {
        if (users == null || passwords == null) {
            return new Outcome.WrongCredentials();
        }
        String attempt = password == null || password.length() > UserAdministration.MAX_PASSWORD ? "" : password;
        List<DashboardUser> candidates;
        try {
            candidates = email == null ? List.of() : users.activeByEmail(DashboardUser.normalizeEmail(email));
        } catch (InvalidValueException e) {
            candidates = List.of();
        }
        DashboardUser found = null;
        if (candidates.isEmpty()) {
            passwords.matches(attempt, passwords.decoy());
        }
        for (DashboardUser candidate : candidates) {
            if (passwords.matches(attempt, candidate.passwordHash()) && found == null && !attempt.isEmpty()) {
                found = candidate;
            }
        }
        if (found == null) {
            return new Outcome.WrongCredentials();
        }
        var now = clock.instant();
        sessions.removeExpired(now);
        String token = newToken();
        DashboardSession session =
                DashboardSession.openForUser(hash(token), found.companyId(), found.id(), found.role(), now, lifetime);
        sessions.add(session);
        return new Outcome.Opened(token, session);
    }

    /** The user of a session opened by sign-in with e-mail and password; empty for an API-key session. */
    public Optional<DashboardUser> user(DashboardSession session) {
        if (session.userId() == null || users == null) {
            return Optional.empty();
        }
        return users.find(session.tenant(), session.userId());
    }

    /**
     * Who a session acts as towards the admin use cases: staff and owners may change the tenant's
     * data, viewers only read; the audit log names the user ({@code user:<id>}) or the API key.
     */
    public static Principal principal(DashboardSession session) {
        ApiKeyRole role = session.role().mayAct() ? ApiKeyRole.TENANT_ADMIN : ApiKeyRole.TENANT_READ;
        String actor = session.userId() != null
                ? Principal.USER_PREFIX + session.userId()
                : session.apiKeyId().toString();
        return new Principal(role, session.companyId(), actor);
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The valid session of {@code token}, if any (expired, signed out or revoked: empty). */
    public Optional<DashboardSession> session(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return sessions.findValid(hash(token), clock.instant());
    }

    /** Ends the session of {@code token}; an unknown token changes nothing. */
    public void signOut(String token) {
        if (token != null && !token.isBlank() && token.length() <= MAX_TOKEN_LENGTH) {
            sessions.remove(hash(token));
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
