package com.askpro.booking.domain.port;

import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the people who sign in to a company's dashboard. E-mail and name are personal
 * data (encrypted at rest); an address is unique per company and found by a keyed hash.
 */
public interface DashboardUsers {

    /**
     * Stores a new user: {@code Written}, or {@code AlreadyExists} when the company already has a user
     * with that e-mail address.
     */
    WriteOutcome<DashboardUser> add(TenantContext tenant, DashboardUser user);

    Optional<DashboardUser> find(TenantContext tenant, UserId id);

    /** The company's users, by creation. */
    List<DashboardUser> list(TenantContext tenant);

    /**
     * Replaces name, role, password hash and active flag: {@code Written} with the stored user, or
     * {@code NotFound} when the tenant has no such user.
     */
    WriteOutcome<DashboardUser> update(TenantContext tenant, DashboardUser user);

    /**
     * The active users with this (normalized) e-mail address in active companies, across all
     * companies, oldest first: the candidates of a sign-in (at most a few).
     */
    List<DashboardUser> activeByEmail(String email);
}
