package com.askpro.booking.application.calendar;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case (background): applies a Cal.com booking webhook to the local appointment it concerns.
 * The tenant comes from the booking's metadata and the appointment is looked up within that tenant
 * only (by the booking uid, then by our appointment id). Created → synced; cancelled → cancelled
 * here; rescheduled → moved here (flagged {@code CONFLICT} when the new time collides locally);
 * rejected → flagged; requested → left pending. Anything else, and bookings not made by us, change
 * nothing. The tenant's cached availability is always dropped for the times involved. A lost race
 * with another writer throws, so the event is retried on fresh state.
 */
public final class ApplyCalcomWebhook {

    private static final System.Logger LOG = System.getLogger(ApplyCalcomWebhook.class.getName());

    private final Companies companies;
    private final Appointments appointments;
    private final AvailabilityInvalidation cache;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    public ApplyCalcomWebhook(
            Companies companies,
            Appointments appointments,
            AvailabilityInvalidation cache,
            LiveUpdates liveUpdates,
            Clock clock) {
        this.companies = companies;
        this.appointments = appointments;
        this.cache = cache;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /** Applies {@code webhook}; answers the tenant it belongs to (empty when it is not ours). */
    public Optional<CompanyId> apply(CalendarWebhook webhook) {
        Optional<Company> company = companyOf(webhook);
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
        Optional<Appointment> found = find(tenant, webhook);
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
            case "BOOKING_RESCHEDULED" -> rescheduled(tenant, appointment, webhook, now);
            case "BOOKING_REJECTED" -> save(tenant, appointment.markConflict("rejected in Cal.com", now));
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
        save(tenant, appointment.markSynced(webhook.bookingUid(), now));
    }

    private void cancelled(TenantContext tenant, Appointment appointment, CalendarWebhook webhook, Instant now) {
        if (isOtherBooking(appointment, webhook.bookingUid())) {
            return;
        }
        Transition<Appointment> cancelled = appointment.cancel("cancelled in Cal.com", now);
        if (cancelled.changed()) {
            save(tenant, Transition.applied(synced(cancelled.state(), null, now)));
        }
    }

    private void rescheduled(TenantContext tenant, Appointment appointment, CalendarWebhook webhook, Instant now) {
        if (Objects.equals(appointment.externalUid(), webhook.bookingUid())) {
            save(tenant, appointment.markSynced(webhook.bookingUid(), now));
            return;
        }
        Optional<TimeSlot> slot = webhook.slot();
        if (!appointment.holdsTime()
                || slot.isEmpty()
                || webhook.previousUid() != null && isOtherBooking(appointment, webhook.previousUid())) {
            LOG.log(
                    Level.INFO,
                    "BOOKING_RESCHEDULED {0} does not concern appointment {1} as it stands",
                    webhook.bookingUid(),
                    appointment.id());
            return;
        }
        Transition<Appointment.Rescheduled> moved =
                appointment.rescheduleTo(AppointmentId.newId(), slot.get(), appointment.staffId(), now);
        if (moved instanceof Transition.Ignored<Appointment.Rescheduled>) {
            save(tenant, appointment.markSynced(webhook.bookingUid(), now));
            return;
        }
        if (!(moved instanceof Transition.Applied<Appointment.Rescheduled> applied)) {
            return;
        }
        Appointment previous = synced(applied.state().previous(), null, now);
        Appointment replacement = synced(applied.state().replacement(), webhook.bookingUid(), now);
        WriteOutcome<Appointment> outcome = appointments.replace(tenant, previous, replacement);
        if (outcome instanceof WriteOutcome.Written<Appointment> written) {
            publish(tenant, previous, now);
            publish(tenant, written.value(), now);
            LOG.log(
                    Level.INFO,
                    "appointment {0} moved in Cal.com; now {1}",
                    appointment.id(),
                    written.value().id());
        } else if (outcome instanceof WriteOutcome.SlotTaken<Appointment>
                || outcome instanceof WriteOutcome.CustomerOverlap<Appointment>) {
            LOG.log(
                    Level.WARNING,
                    "appointment {0} moved in Cal.com to {1}, which collides here: flagged",
                    appointment.id(),
                    slot.get().start());
            save(
                    tenant,
                    appointment.markConflict(
                            "moved in Cal.com to " + slot.get().start() + " (booking " + webhook.bookingUid()
                                    + "), which collides with another appointment here",
                            now));
        } else {
            throw new IllegalStateException("appointment " + appointment.id() + " changed meanwhile: " + outcome);
        }
    }

    private Optional<Company> companyOf(CalendarWebhook webhook) {
        if (webhook.companyId() == null) {
            return Optional.empty();
        }
        try {
            return companies.find(CompanyId.parse(webhook.companyId()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** By the booking's uid, then (rescheduled) by the uid it replaced, then by our id in its metadata. */
    private Optional<Appointment> find(TenantContext tenant, CalendarWebhook webhook) {
        Optional<Appointment> found =
                Optional.ofNullable(webhook.bookingUid()).flatMap(uid -> appointments.findByExternalUid(tenant, uid));
        if (found.isEmpty() && webhook.previousUid() != null) {
            found = appointments.findByExternalUid(tenant, webhook.previousUid());
        }
        if (found.isEmpty() && webhook.appointmentId() != null) {
            try {
                found = appointments.find(tenant, AppointmentId.parse(webhook.appointmentId()));
            } catch (InvalidValueException e) {
                return Optional.empty();
            }
        }
        return found;
    }

    /** True when the appointment is already tied to a different Cal.com booking (a stale event). */
    private static boolean isOtherBooking(Appointment appointment, String uid) {
        return appointment.externalUid() != null
                && uid != null
                && !appointment.externalUid().equals(uid);
    }

    /** Cal.com already reflects this state: mark it synced (unchanged when it is not an external appointment). */
    private static Appointment synced(Appointment appointment, String uid, Instant now) {
        Transition<Appointment> synced = appointment.markSynced(uid, now);
        return synced.state() == null ? appointment : synced.state();
    }

    private void save(TenantContext tenant, Transition<Appointment> transition) {
        if (!transition.changed()) {
            return;
        }
        WriteOutcome<Appointment> outcome = appointments.update(tenant, transition.state());
        if (!outcome.isWritten()) {
            throw new IllegalStateException(
                    "appointment " + transition.state().id() + " changed meanwhile: " + outcome);
        }
        publish(tenant, transition.state(), clock.instant());
    }

    private void publish(TenantContext tenant, Appointment appointment, Instant now) {
        liveUpdates.publish(new LiveUpdates.Update(
                tenant, LiveUpdates.Kind.APPOINTMENT, appointment.id().value(), now));
    }
}
