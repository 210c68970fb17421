package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.crypto.Argon2Passwords;
import com.askpro.booking.application.admin.UserAdministration;
import com.askpro.booking.application.port.PasswordHashing;
import java.time.Clock;

/** Wires the dashboard users: Argon2id password hashing and the user administration (API and users page). */
final class UserWiring {

    /** One per process: Argon2id with OWASP's parameters (its decoy hash is computed once). */
    static final PasswordHashing PASSWORDS = new Argon2Passwords();

    private UserWiring() {}

    static UserAdministration administration(JdbiPersistence db, Clock clock) {
        return new UserAdministration(db.dashboardUsers(), db.dashboardSessions(), PASSWORDS, db.auditLog(), clock);
    }
}
