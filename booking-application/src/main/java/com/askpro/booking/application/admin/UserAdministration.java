package com.askpro.booking.application.admin;

import com.askpro.booking.application.port.PasswordHashing;
import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.access.UserRole;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.port.DashboardUsers;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: a company manages the people who sign in to its dashboard (create, list, change role,
 * name or password, deactivate). Reading needs a tenant key; changing needs a tenant admin key or
 * an owner's dashboard session. Deactivating a user or changing the password ends the user's sessions.
 */
public final class UserAdministration {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD = 10;
    /** Longest password accepted (bounds the hashing work per request). */
    public static final int MAX_PASSWORD = 200;

    /** User fields; on update null keeps the current value (the e-mail address cannot change). */
    public record UserInput(String email, String name, String role, String password, Boolean active) {}

    private final DashboardUsers users;
    private final DashboardSessions sessions;
    private final PasswordHashing passwords;
    private final AuditLog audit;
    private final Clock clock;

    public UserAdministration(
            DashboardUsers users, DashboardSessions sessions, PasswordHashing passwords, AuditLog audit, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public DashboardUser create(Principal caller, UserInput input) {
        TenantContext tenant = caller.tenantToWrite();
        String email = DashboardUser.normalizeEmail(Values.required("email", input.email()));
        UserRole role = UserRole.parse(Values.required("role", input.role()));
        String password = password(Values.required("password", input.password()));
        if (input.name() == null) {
            throw new InvalidValueException("name", "must not be null");
        }
        Instant now = clock.instant();
        DashboardUser user = new DashboardUser(
                UserId.newId(),
                tenant.companyId(),
                email,
                input.name(),
                role,
                passwords.hash(password),
                input.active() == null || input.active(),
                now);
        DashboardUser stored = users.add(tenant, user)
                .written()
                .orElseThrow(() ->
                        AdminException.conflict("email", "this company already has a user with this e-mail address"));
        audit.record(new AuditLog.Entry(
                tenant.companyId(), caller.actor(), "user.create", "user:" + stored.id(), role.code(), now));
        return stored;
    }

    public List<DashboardUser> list(Principal caller) {
        return users.list(caller.tenantToRead());
    }

    public DashboardUser get(Principal caller, String id) {
        TenantContext tenant = caller.tenantToRead();
        return find(tenant, id);
    }

    public DashboardUser update(Principal caller, String id, UserInput input) {
        TenantContext tenant = caller.tenantToWrite();
        DashboardUser current = find(tenant, id);
        if (input.email() != null
                && !DashboardUser.normalizeEmail(input.email()).equals(current.email())) {
            throw new InvalidValueException("email", "cannot change; create a new user instead");
        }
        DashboardUser changed = current;
        List<String> what = new ArrayList<>();
        if (input.name() != null) {
            changed = changed.withName(input.name());
            what.add("name");
        }
        if (input.role() != null) {
            changed = changed.withRole(UserRole.parse(input.role()));
            what.add("role=" + changed.role().code());
        }
        boolean passwordChanged = input.password() != null;
        if (passwordChanged) {
            changed = changed.withPasswordHash(passwords.hash(password(input.password())));
            what.add("password");
        }
        if (input.active() != null) {
            changed = changed.withActive(input.active());
            what.add("active=" + input.active());
        }
        DashboardUser stored =
                users.update(tenant, changed).written().orElseThrow(() -> AdminException.notFound("user"));
        if (!stored.active() || passwordChanged) {
            sessions.removeForUser(tenant, stored.id());
        }
        audit.record(new AuditLog.Entry(
                tenant.companyId(),
                caller.actor(),
                "user.update",
                "user:" + stored.id(),
                what.isEmpty() ? null : String.join(", ", what),
                clock.instant()));
        return stored;
    }

    private DashboardUser find(TenantContext tenant, String id) {
        return users.find(tenant, Values.pathId(id, UserId::new, "user"))
                .orElseThrow(() -> AdminException.notFound("user"));
    }

    private static String password(String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new InvalidValueException("password", "must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidValueException("password", "must be at most " + MAX_PASSWORD + " characters");
        }
        if (password.isBlank()) {
            throw new InvalidValueException("password", "must not be blank");
        }
        return password;
    }
}
