package com.askpro.booking.application.admin;

import com.askpro.booking.domain.access.ApiKey;
import com.askpro.booking.domain.access.ApiKeyId;
import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.port.ApiKeys;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;

/**
 * Use case: a company's API keys — issue (the secret is answered once and only its digest
 * stored), list and revoke. Allowed to the platform key and to the company's own admin keys.
 */
public final class ManageApiKeys {

    /** A newly issued key with its secret text, which is never available again. */
    public record IssuedKey(ApiKey key, String secret) {
        @Override
        public String toString() {
            return "IssuedKey[" + key + "]";
        }
    }

    private final ApiKeys keys;
    private final Companies companies;
    private final AuditLog audit;
    private final Clock clock;

    public ManageApiKeys(ApiKeys keys, Companies companies, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    public IssuedKey issue(Principal caller, CompanyId company, String role, String label) {
        TenantContext tenant = caller.administer(company);
        requireCompany(tenant);
        IssuedKey issued = store(tenant, ApiKeyRole.parseTenantRole(role), label, ApiKeySecrets.generate());
        audit.record(new AuditLog.Entry(
                company,
                caller.actor(),
                "api_key.issue",
                "api_key:" + issued.key().id(),
                issued.key().role().code(),
                clock.instant()));
        return issued;
    }

    /**
     * Stores {@code secret} (generated, or given by the operator such as a configured demo key) as
     * a key of {@code tenant}; a generated prefix that happens to be taken is drawn again.
     */
    public IssuedKey store(TenantContext tenant, ApiKeyRole role, String label, String secret) {
        for (int attempt = 0; attempt < 5; attempt++) {
            ApiKeySecrets.Parts parts = ApiKeySecrets.parts(secret);
            WriteOutcome<ApiKey> outcome = keys.add(ApiKey.issue(
                    ApiKeyId.newId(),
                    tenant.companyId(),
                    role,
                    parts.prefix(),
                    parts.secretHash(),
                    label,
                    clock.instant()));
            if (outcome instanceof WriteOutcome.Written<ApiKey> written) {
                return new IssuedKey(written.value(), secret);
            }
            secret = ApiKeySecrets.generate();
        }
        throw AdminException.conflict("api_key", "could not draw an unused key prefix");
    }

    /** The company's keys, oldest first, revoked ones included. */
    public Page<ApiKey> list(Principal caller, CompanyId company, PageRequest page) {
        TenantContext tenant = caller.administer(company);
        requireCompany(tenant);
        return ListPages.page(
                keys.list(tenant),
                k -> ListPages.byName(
                        String.format("%020d", k.createdAt().toEpochMilli() + Long.MAX_VALUE / 2), k.id()),
                page);
    }

    public ApiKey revoke(Principal caller, CompanyId company, ApiKeyId id) {
        TenantContext tenant = caller.administer(company);
        ApiKey revoked = keys.revoke(tenant, id, clock.instant())
                .written()
                .orElseThrow(() -> AdminException.notFound("api key"));
        audit.record(
                new AuditLog.Entry(company, caller.actor(), "api_key.revoke", "api_key:" + id, null, clock.instant()));
        return revoked;
    }

    private void requireCompany(TenantContext tenant) {
        if (companies.find(tenant.companyId()).isEmpty()) {
            throw AdminException.notFound("company");
        }
    }
}
