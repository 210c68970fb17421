package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.cache.CachedServices;
import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.application.cache.CachedStaffMembers;
import com.askpro.booking.application.cache.CachedTenantDirectory;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import java.time.Clock;

/**
 * The tenant data every call reads — routing, services, staff — cached briefly per instance and
 * dropped at once on every change notification that touches it (from any instance).
 */
record Catalog(CachedTenantDirectory directory, Services services, StaffMembers staff) {

    static Catalog cached(JdbiPersistence db, Tuning tuning, Clock clock, ChangeNotifications changes) {
        return new Catalog(new CachedTenantDirectory(db.tenantDirectory(), tuning.cacheTtl(), clock).listenTo(changes),
                new CachedServices(db.services(), tuning.cacheTtl(), clock, changes),
                new CachedStaffMembers(db.staffMembers(), tuning.cacheTtl(), clock, changes));
    }
}
