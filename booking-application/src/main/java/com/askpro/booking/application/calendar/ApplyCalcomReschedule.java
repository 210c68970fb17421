package com.askpro.booking.application.calendar;

import static com.askpro.booking.application.calendar.CalcomAppointmentWrites.synced;
import static com.askpro.booking.application.calendar.CalcomBookings.isOtherBooking;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code BOOKING_RESCHEDULED}: moves the local appointment to the booking's new time, the old one
 * becoming {@code RESCHEDULED} and a new one taking over under the new uid (one
 * {@link Appointments#replace}). When the new time collides locally the old appointment stays
 * where it was and is flagged {@code CONFLICT}; our own reschedules are already reflected.
 */
final class ApplyCalcomReschedule {

    /** Part of {@link ApplyCalcomWebhook}: logs under its name. */
    private static final System.Logger LOG = System.getLogger(ApplyCalcomWebhook.class.getName());

    private final Appointments appointments;
    private final CalcomAppointmentWrites writes;

    ApplyCalcomReschedule(Appointments appointments, CalcomAppointmentWrites writes) {
        this.appointments = appointments;
        this.writes = writes;
    }

    void apply(TenantContext tenant, Appointment appointment, CalendarWebhook webhook, Instant now) {
        if (Objects.equals(appointment.externalUid(), webhook.bookingUid())) {
            writes.save(tenant, appointment.markSynced(webhook.bookingUid(), now));
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
            writes.save(tenant, appointment.markSynced(webhook.bookingUid(), now));
            return;
        }
        if (!(moved instanceof Transition.Applied<Appointment.Rescheduled> applied)) {
            return;
        }
        Appointment previous = synced(applied.state().previous(), null, now);
        Appointment replacement = synced(applied.state().replacement(), webhook.bookingUid(), now);
        WriteOutcome<Appointment> outcome = appointments.replace(tenant, previous, replacement);
        if (outcome instanceof WriteOutcome.Written<Appointment> written) {
            writes.publish(tenant, previous, now);
            writes.publish(tenant, written.value(), now);
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
            writes.save(
                    tenant,
                    appointment.markConflict(
                            "moved in Cal.com to " + slot.get().start() + " (booking " + webhook.bookingUid()
                                    + "), which collides with another appointment here",
                            now));
        } else {
            throw new IllegalStateException("appointment " + appointment.id() + " changed meanwhile: " + outcome);
        }
    }
}
