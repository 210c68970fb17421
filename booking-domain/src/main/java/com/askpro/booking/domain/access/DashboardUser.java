package com.askpro.booking.domain.access;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.CompanyId;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person who signs in to a company's dashboard with e-mail and password. The e-mail address is
 * kept in lower case (unique per company, whatever its case); {@code passwordHash} is an encoded
 * Argon2id hash (PHC string), never the password.
 */
public record DashboardUser(
        UserId id,
        CompanyId companyId,
        String email,
        String name,
        UserRole role,
        String passwordHash,
        boolean active,
        Instant createdAt) {

    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 200;
    private static final int MAX_HASH = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public DashboardUser {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        email = normalizeEmail(email);
        name = Require.line("name", name, MAX_NAME);
        Require.notNull("role", role);
        passwordHash = Require.line("password_hash", passwordHash, MAX_HASH);
        if (!passwordHash.startsWith("$argon2id$")) {
            throw new InvalidValueException("password_hash", "must be an encoded Argon2id hash");
        }
        Require.notNull("created_at", createdAt);
    }

    /** The address as stored and looked up: stripped, lower case, checked; anything else is an {@link InvalidValueException}. */
    public static String normalizeEmail(String email) {
        String text = Require.line("email", email, MAX_EMAIL).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(text).matches()) {
            throw new InvalidValueException("email", "is not an e-mail address");
        }
        return text;
    }

    public DashboardUser withRole(UserRole newRole) {
        return new DashboardUser(id, companyId, email, name, newRole, passwordHash, active, createdAt);
    }

    public DashboardUser withName(String newName) {
        return new DashboardUser(id, companyId, email, newName, role, passwordHash, active, createdAt);
    }

    public DashboardUser withPasswordHash(String newHash) {
        return new DashboardUser(id, companyId, email, name, role, newHash, active, createdAt);
    }

    public DashboardUser withActive(boolean nowActive) {
        return new DashboardUser(id, companyId, email, name, role, passwordHash, nowActive, createdAt);
    }

    @Override
    public String toString() {
        return "DashboardUser[" + id + ", " + companyId + ", " + role.code() + (active ? "" : ", inactive") + "]";
    }
}
