package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.cache.AvailabilityView;
import com.askpro.booking.application.cache.CachedTenantDirectory;
import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import java.time.Clock;

/**
 * The tenant data every call reads — routing with the branch's hours, services, staff, and the busy
 * time of the days asked about — kept in memory per instance ({@link AvailabilityView}) and dropped
 * at once on every change notification that touches it (from any instance).
 */
record Catalog(CachedTenantDirectory directory, Services services, StaffMembers staff, Appointments busyTime) {

    /** Call after {@link JdbiPersistence#publishChangesTo}: the view reads the publishing ports. */
    static Catalog cached(JdbiPersistence db, Tuning tuning, Clock clock, ChangeNotifications changes) {
        AvailabilityView view = AvailabilityView.over(
                db.tenantDirectory(),
                db.services(),
                db.staffMembers(),
                db.appointments(),
                changes,
                tuning.cacheTtl(),
                clock);
        return new Catalog(view.directory(), view.services(), view.staff(), view.busyTime());
    }
}
