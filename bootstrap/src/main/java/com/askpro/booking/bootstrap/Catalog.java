package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.cache.CachedServices;
import com.askpro.booking.application.cache.CachedStaffMembers;
import com.askpro.booking.application.cache.CachedTenantDirectory;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import java.time.Clock;

/** The tenant data every call reads — routing, services, staff — cached briefly per instance. */
record Catalog(CachedTenantDirectory directory, Services services, StaffMembers staff) {

    static Catalog cached(JdbiPersistence db, Tuning tuning, Clock clock) {
        return new Catalog(new CachedTenantDirectory(db.tenantDirectory(), tuning.cacheTtl(), clock),
                new CachedServices(db.services(), tuning.cacheTtl(), clock),
                new CachedStaffMembers(db.staffMembers(), tuning.cacheTtl(), clock));
    }
}
