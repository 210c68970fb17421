package com.askpro.booking.application.calendar;

import static com.askpro.booking.application.calendar.CalcomAppointmentWrites.synced;
import static com.askpro.booking.application.calendar.CalcomBookings.isOtherBooking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case (background): applies a Cal.com booking webhook to the local appointment it concerns.
 * The tenant comes from the booking's metadata and the appointment is looked up within that tenant
 * only (by the booking uid, then by our appointment id). Created → synced; cancelled → cancelled
 * here; rescheduled → moved here (flagged {@code CONFLICT} when the new time collides locally);
 * rejected → flagged; requested → left pending. Anything else, and bookings not made by us, change
 * nothing. The tenant's cached availability is always dropped for the times involved. A lost race
 * with another writer throws, so the event is retried on fresh state. {@link CalcomBookings} finds
 * the tenant and the appointment, {@link ApplyCalcomReschedule} moves it, and
 * {@link CalcomAppointmentWrites} stores and announces every change.
 */
public final class ApplyCalcomWebhook {

    private static final System.Logger LOG = System.getLogger(ApplyCalcomWebhook.class.getName());

    private final CalcomBookings bookings;
    private final AvailabilityInvalidation cache;
    private final CalcomAppointmentWrites writes;
    private final ApplyCalcomReschedule reschedule;
    private final Clock clock;

    public ApplyCalcomWebhook(
            Companies companies,
            Appointments appointments,
            AvailabilityInvalidation cache,
            LiveUpdates liveUpdates,
            Clock clock) {
        this.bookings = new CalcomBookings(companies, appointments);
        this.cache = cache;
        this.writes = new CalcomAppointmentWrites(appointments, liveUpdates, clock);
        this.reschedule = new ApplyCalcomReschedule(appointments, writes);
        this.clock = clock;
    }

    /** Applies {@code webhook}; answers the tenant it belongs to (empty when it is not ours). */
    public Optional<CompanyId> apply(CalendarWebhook webhook) {
        Optional<Company> company = bookings.companyOf(webhook);
        if (company.isEmpty()) {
            LOG.log(
                    Level.INFO,
                    "ignoring Cal.com {0} for booking {1}: not booked through AskPro",
                    webhook.trigger(),
                    webhook.bookingUid());
            return Optional.empty();
        }
        CompanyId companyId = company.get().id();
        TenantContext tenant = company.get().tenant();
        webhook.slot().ifPresentOrElse(slot -> cache.invalidate(companyId, slot), () -> cache.invalidateAll(companyId));
        Optional<Appointment> found = bookings.appointmentOf(tenant, webhook);
        if (found.isEmpty()) {
            LOG.log(
                    Level.INFO,
                    "ignoring Cal.com {0} for booking {1}: no such appointment here",
                    webhook.trigger(),
                    webhook.bookingUid());
            return Optional.of(companyId);
        }
        Appointment appointment = found.get();
        cache.invalidate(companyId, appointment.slot());
        Instant now = clock.instant();
        switch (webhook.trigger()) {
            case "BOOKING_CREATED" -> created(tenant, appointment, webhook, now);
            case "BOOKING_CANCELLED" -> cancelled(tenant, appointment, webhook, now);
            case "BOOKING_RESCHEDULED" -> reschedule.apply(tenant, appointment, webhook, now);
            case "BOOKING_REJECTED" -> writes.save(tenant, appointment.markConflict("rejected in Cal.com", now));
            case "BOOKING_REQUESTED" ->
                LOG.log(Level.INFO, "appointment {0} awaits confirmation in Cal.com", appointment.id());
            default ->
                LOG.log(Level.INFO, "ignoring Cal.com {0} for appointment {1}", webhook.trigger(), appointment.id());
        }
        return Optional.of(companyId);
    }

    private void created(TenantContext tenant, Appointment appointment, CalendarWebhook webhook, Instant now) {
        if (!appointment.holdsTime() || isOtherBooking(appointment, webhook.bookingUid())) {
            LOG.log(
                    Level.INFO,
                    "BOOKING_CREATED {0} does not concern appointment {1} as it stands",
                    webhook.bookingUid(),
                    appointment.id());
            return;
        }
        writes.save(tenant, appointment.markSynced(webhook.bookingUid(), now));
    }

    private void cancelled(TenantContext tenant, Appointment appointment, CalendarWebhook webhook, Instant now) {
        if (isOtherBooking(appointment, webhook.bookingUid())) {
            return;
        }
        Transition<Appointment> cancelled = appointment.cancel("cancelled in Cal.com", now);
        if (cancelled.changed()) {
            writes.save(tenant, Transition.applied(synced(cancelled.state(), null, now)));
        }
    }
}
