package com.askpro.booking.application.cache;

import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.port.TenantDirectory;
import java.time.Clock;
import java.time.Duration;

/**
 * The in-memory view the voice agent's {@code list_services} and {@code check_availability} read,
 * per branch: routing with the company and the branch's hours ({@link CachedTenantDirectory}), the
 * catalog ({@link CachedServices}), the staff with their hours ({@link CachedStaffMembers}) and the
 * busy intervals of each day asked about ({@link CachedBusyTime}). A warm view answers a function
 * call without touching the database.
 *
 * <p>Exactness: every write of this instance publishes its change after it is stored, and the
 * change is applied to this instance's view before the write returns, so the next read is a fresh
 * database read; other instances' changes arrive through {@link ChangeNotifications} (over Redis
 * within milliseconds); {@code ttl} bounds what a lost notification can leave behind. A booking
 * never trusts the view: the database's no-overlap guarantee decides, and a slot taken meanwhile
 * answers {@code slot_taken} with alternatives.
 */
public record AvailabilityView(
        CachedTenantDirectory directory, Services services, StaffMembers staff, Appointments busyTime) {

    /** The view over the database's ports, listening to {@code changes} (and publishing the catalog writes made through it). */
    public static AvailabilityView over(
            TenantDirectory directory,
            Services services,
            StaffMembers staff,
            Appointments appointments,
            ChangeNotifications changes,
            Duration ttl,
            Clock clock) {
        return new AvailabilityView(
                new CachedTenantDirectory(directory, ttl, clock).listenTo(changes),
                new CachedServices(services, ttl, clock, changes),
                new CachedStaffMembers(staff, ttl, clock, changes),
                new CachedBusyTime(appointments, ttl, clock, changes));
    }
}
