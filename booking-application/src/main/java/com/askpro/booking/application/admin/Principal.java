package com.askpro.booking.application.admin;

import com.askpro.booking.domain.access.ApiKeyRole;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;

/**
 * Who is calling the admin API, as established by {@link Authenticate}: the platform operator or
 * a tenant key with its role. Every admin use case asks it for what it may do.
 */
public record Principal(ApiKeyRole role, CompanyId companyId, String keyId) {

    public static final Principal PLATFORM = new Principal(ApiKeyRole.PLATFORM, null, "platform");

    public boolean isPlatform() {
        return role == ApiKeyRole.PLATFORM;
    }

    /** Prefix of {@link #keyId} for a dashboard user acting through the dashboard (no API key). */
    public static final String USER_PREFIX = "user:";

    /** Who did it, for the audit log: {@code platform}, {@code api_key:<id>} or {@code user:<id>}. */
    public String actor() {
        if (isPlatform()) {
            return "platform";
        }
        return keyId.startsWith(USER_PREFIX) ? keyId : "api_key:" + keyId;
    }

    /** The caller's own tenant for reading its data; refuses the platform key. */
    public TenantContext tenantToRead() {
        if (isPlatform()) {
            throw AdminException.forbidden("the platform key manages companies; tenant data needs a tenant API key");
        }
        return TenantContext.of(companyId);
    }

    /** The caller's own tenant for changing its data; refuses the platform key and read-only keys. */
    public TenantContext tenantToWrite() {
        TenantContext tenant = tenantToRead();
        if (!role.mayWrite()) {
            throw AdminException.forbidden("this API key may only read (role tenant_read)");
        }
        return tenant;
    }

    /** Refuses everyone but the platform key. */
    public void requirePlatform() {
        if (!isPlatform()) {
            throw AdminException.forbidden("only the platform key manages companies");
        }
    }

    /**
     * For company-level administration (API keys): the platform key, or an admin key of that very
     * company. Another tenant's company answers not found, like a missing one.
     */
    public TenantContext administer(CompanyId company) {
        if (isPlatform()) {
            return TenantContext.of(company);
        }
        if (!companyId.equals(company)) {
            throw AdminException.notFound("company");
        }
        return tenantToWrite();
    }
}
