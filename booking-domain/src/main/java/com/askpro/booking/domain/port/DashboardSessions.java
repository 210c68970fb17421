package com.askpro.booking.domain.port;

import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port: signed-in dashboard sessions, shared by every server instance. Found by the
 * hash of their token; a session counts only while unexpired, its API key unrevoked (or its user
 * active) and its company active. A user's session acts with the user's current role.
 */
public interface DashboardSessions {

    void add(DashboardSession session);

    /** The session of {@code tokenHash} if it is still valid at {@code now}. */
    Optional<DashboardSession> findValid(String tokenHash, Instant now);

    /** Ends the session (sign-out); nothing happens for an unknown hash. */
    void remove(String tokenHash);

    /** Ends every session of a user of the tenant (deactivated, password changed); answers how many. */
    int removeForUser(TenantContext tenant, UserId user);

    /** Deletes sessions that expired before {@code now}; answers how many. */
    int removeExpired(Instant now);
}
