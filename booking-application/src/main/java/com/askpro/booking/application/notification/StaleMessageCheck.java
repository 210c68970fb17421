package com.askpro.booking.application.notification;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.NotificationPreferences;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a claimed message against the booking as it is now, before it is sent: a confirmation or
 * reschedule notice for an appointment that no longer holds its time, a reminder for one that moved,
 * was cancelled or has begun, a cancellation of a booking that was never announced on the channel,
 * and anything for a customer who opted out, are skipped.
 */
final class StaleMessageCheck {

    private final NotificationOutbox outbox;
    private final NotificationPreferences preferences;
    private final Appointments appointments;

    StaleMessageCheck(NotificationOutbox outbox, NotificationPreferences preferences, Appointments appointments) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.appointments = appointments;
    }

    /** Why {@code notification} must not go out now; empty when it should be sent. */
    Optional<String> reasonToSkip(TenantContext tenant, Notification notification, Instant now) {
        if (notification.customerId() == null || !preferences.wantsNotifications(tenant, notification.customerId())) {
            return Optional.of("the customer opted out");
        }
        Optional<Appointment> found = appointments.find(tenant, notification.appointmentId());
        if (found.isEmpty()) {
            return Optional.of("the appointment is gone");
        }
        Appointment appointment = found.get();
        return switch (notification.kind()) {
            case BOOKED, RESCHEDULED ->
                appointment.holdsTime()
                        ? Optional.empty()
                        : Optional.of("the appointment changed before the message went out");
            case REMINDER ->
                !appointment.holdsTime()
                        ? Optional.of("the appointment moved or was cancelled")
                        : appointment.slot().start().isAfter(now)
                                ? Optional.empty()
                                : Optional.of("the appointment has begun");
            case CANCELLED ->
                outbox.anySent(tenant, notification.bookingUid(), notification.channel())
                        ? Optional.empty()
                        : Optional.of("the booking was never announced on this channel");
        };
    }
}
