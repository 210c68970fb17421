package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.port.DashboardUsers;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * In memory: dashboard users, an (already normalized) address unique per company; the sign-in
 * lookup finds active users of active companies of the shared store only.
 */
final class InMemoryDashboardUsers implements DashboardUsers {

    private static final Comparator<DashboardUser> BY_CREATION =
            Comparator.comparing(DashboardUser::createdAt).thenComparing(u -> u.id().value());

    private final InMemoryPorts store;

    InMemoryDashboardUsers(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public WriteOutcome<DashboardUser> add(TenantContext tenant, DashboardUser user) {
        Tenancy.requireOwned(tenant, user.companyId());
        synchronized (store.lock) {
            if (store.users.containsKey(user.id())
                    || store.users.values().stream()
                            .anyMatch(u -> u.companyId().equals(user.companyId())
                                    && u.email().equals(user.email()))) {
                return new WriteOutcome.AlreadyExists<>("dashboard_user");
            }
            store.users.put(user.id(), user);
            return new WriteOutcome.Written<>(user);
        }
    }

    @Override
    public Optional<DashboardUser> find(TenantContext tenant, UserId id) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.users.get(id)).filter(u -> tenant.owns(u.companyId()));
        }
    }

    @Override
    public List<DashboardUser> list(TenantContext tenant) {
        synchronized (store.lock) {
            return store.users.values().stream()
                    .filter(u -> tenant.owns(u.companyId()))
                    .sorted(BY_CREATION)
                    .toList();
        }
    }

    @Override
    public WriteOutcome<DashboardUser> update(TenantContext tenant, DashboardUser user) {
        Tenancy.requireOwned(tenant, user.companyId());
        synchronized (store.lock) {
            Optional<DashboardUser> held = find(tenant, user.id());
            if (held.isEmpty()) {
                return new WriteOutcome.NotFound<>();
            }
            // the address never changes; the port replaces name, role, password hash and active flag
            DashboardUser stored = new DashboardUser(
                    user.id(),
                    user.companyId(),
                    held.get().email(),
                    user.name(),
                    user.role(),
                    user.passwordHash(),
                    user.active(),
                    held.get().createdAt());
            store.users.put(user.id(), stored);
            return new WriteOutcome.Written<>(stored);
        }
    }

    @Override
    public List<DashboardUser> activeByEmail(String email) {
        String address = DashboardUser.normalizeEmail(email);
        synchronized (store.lock) {
            return store.users.values().stream()
                    .filter(u -> u.active() && u.email().equals(address))
                    .filter(u -> {
                        Company company = store.companies.get(u.companyId());
                        return company != null && company.active();
                    })
                    .sorted(BY_CREATION)
                    .limit(10)
                    .toList();
        }
    }
}
