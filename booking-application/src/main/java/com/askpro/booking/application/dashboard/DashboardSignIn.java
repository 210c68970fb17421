package com.askpro.booking.application.dashboard;

import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.port.DashboardSessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Use case: staff sign in to their company's dashboard with a tenant API key and get a random
 * session token; only its SHA-256 digest is stored. The platform key has no dashboard.
 */
public final class DashboardSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN_LENGTH = 100;

    /** The outcome of a sign-in. */
    public sealed interface Outcome {
        /** Signed in: {@code token} goes to the browser (cookie), never into storage. */
        record Opened(String token, DashboardSession session) implements Outcome {
        }

        /** The key authenticates nobody (unknown, revoked, inactive company). */
        record UnknownKey() implements Outcome {
        }

        /** The platform key manages companies and sees no tenant's dashboard. */
        record PlatformKey() implements Outcome {
        }
    }

    private final Authenticate authenticate;
    private final DashboardSessions sessions;
    private final Duration lifetime;
    private final Clock clock;

    public DashboardSignIn(Authenticate authenticate, DashboardSessions sessions, Duration lifetime, Clock clock) {
        this.authenticate = authenticate;
        this.sessions = sessions;
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
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        DashboardSession session = DashboardSession.open(hash(token), principal.get().companyId(),
                ApiKeyId.parse(principal.get().keyId()), now, lifetime);
        sessions.add(session);
        return new Outcome.Opened(token, session);
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
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
