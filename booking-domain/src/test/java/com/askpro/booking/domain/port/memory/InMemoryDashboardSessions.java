package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.DashboardSession;
import com.askpro.booking.domain.access.DashboardUser;
import com.askpro.booking.domain.access.UserId;
import com.askpro.booking.domain.port.DashboardSessions;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * In memory: dashboard sessions by token hash. Validity reads the shared store as the database
 * joins its tables: unexpired, the company active, the API key of the company unrevoked or the user
 * of the company active; a user's session acts with the user's current role.
 */
final class InMemoryDashboardSessions implements DashboardSessions {

    private final InMemoryPorts store;

    InMemoryDashboardSessions(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public void add(DashboardSession session) {
        synchronized (store.lock) {
            if (store.sessions.containsKey(session.tokenHash())) {
                throw new IllegalStateException("a session with this token hash is already stored");
            }
            store.sessions.put(session.tokenHash(), session);
        }
    }

    @Override
    public Optional<DashboardSession> findValid(String tokenHash, Instant now) {
        synchronized (store.lock) {
            DashboardSession session = store.sessions.get(tokenHash);
            if (session == null || session.isExpiredAt(now)) {
                return Optional.empty();
            }
            Company company = store.companies.get(session.companyId());
            if (company == null || !company.active()) {
                return Optional.empty();
            }
            if (session.apiKeyId() != null) {
                ApiKey key = store.apiKeys.get(session.apiKeyId());
                boolean valid = key != null && session.companyId().equals(key.companyId()) && key.isActive();
                return valid ? Optional.of(session) : Optional.empty();
            }
            DashboardUser user = store.users.get(session.userId());
            if (user == null || !session.companyId().equals(user.companyId()) || !user.active()) {
                return Optional.empty();
            }
            return Optional.of(new DashboardSession(
                    session.tokenHash(),
                    session.companyId(),
                    null,
                    session.userId(),
                    user.role(),
                    session.createdAt(),
                    session.expiresAt()));
        }
    }

    @Override
    public void remove(String tokenHash) {
        synchronized (store.lock) {
            store.sessions.remove(tokenHash);
        }
    }

    @Override
    public int removeForUser(TenantContext tenant, UserId user) {
        synchronized (store.lock) {
            List<String> ended = store.sessions.values().stream()
                    .filter(s -> user.equals(s.userId()) && tenant.owns(s.companyId()))
                    .map(DashboardSession::tokenHash)
                    .toList();
            ended.forEach(store.sessions::remove);
            return ended.size();
        }
    }

    @Override
    public int removeExpired(Instant now) {
        synchronized (store.lock) {
            List<String> expired = store.sessions.values().stream()
                    .filter(s -> s.isExpiredAt(now))
                    .map(DashboardSession::tokenHash)
                    .toList();
            expired.forEach(store.sessions::remove);
            return expired.size();
        }
    }
}
