package com.askpro.booking.application.cache;

import com.askpro.booking.application.port.ChangeNotifications;
import com.askpro.booking.application.port.ChangeNotifications.Change;
import com.askpro.booking.application.port.ChangeNotifications.Topic;
import com.askpro.booking.application.port.ForwardingAppointments;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@link Appointments} for the built-in calendar's free-slot search: {@link #holdingTime} — the
 * busy intervals of a branch on a day — is answered from memory, per tenant, branch and window.
 * Every availability change of the tenant (a booking, move or cancellation through this instance,
 * or another instance's, delivered by {@link ChangeNotifications}) drops the tenant's entries at
 * once; {@code ttl} bounds what a lost notification can leave behind. The appointments kept are
 * stripped of personal data (customer, notes, reason): they only say who is busy when. Everything
 * else goes straight through, writes included.
 */
public final class CachedBusyTime extends ForwardingAppointments {

    private record Window(BranchId branch, TimeSlot window) {}

    private final TenantCache<Window, List<Appointment>> busy;

    public CachedBusyTime(Appointments delegate, Duration ttl, Clock clock, ChangeNotifications changes) {
        super(delegate);
        this.busy = new TenantCache<>(ttl, clock);
        changes.subscribe(this::apply);
    }

    @Override
    public List<Appointment> holdingTime(TenantContext tenant, BranchId branch, TimeSlot window) {
        return busy.get(
                tenant,
                new Window(branch, window),
                () -> delegate().holdingTime(tenant, branch, window).stream()
                        .map(CachedBusyTime::busyOnly)
                        .toList());
    }

    /** The appointment as far as availability needs it: no customer, notes or reason. */
    static Appointment busyOnly(Appointment a) {
        return new Appointment(
                a.id(),
                a.companyId(),
                a.branchId(),
                a.serviceId(),
                a.staffId(),
                null,
                a.slot(),
                a.buffer(),
                a.zone(),
                a.status(),
                a.syncStatus(),
                a.externalUid(),
                a.sourceCallId(),
                a.rescheduledFrom(),
                null,
                null,
                a.version(),
                a.createdAt(),
                a.updatedAt(),
                a.attendance());
    }

    private void apply(Change change) {
        if (change instanceof Change.Tenant tenant) {
            if (tenant.topic() == Topic.AVAILABILITY) {
                busy.invalidate(TenantContext.of(tenant.company()));
            }
        } else {
            busy.clear();
        }
    }
}
