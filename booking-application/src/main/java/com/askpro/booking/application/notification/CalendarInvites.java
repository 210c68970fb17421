package com.askpro.booking.application.notification;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import java.time.Instant;

/**
 * The calendar invitation an e-mail carries: the booking's UID and sequence, withdrawn on a
 * cancellation, offered or updated otherwise; a reminder carries none.
 */
final class CalendarInvites {

    private CalendarInvites() {}

    /** The invitation of {@code notification}'s e-mail, or null for a reminder. */
    static CalendarInvite of(
            Notification notification,
            Appointment appointment,
            MessageTexts texts,
            MessageTexts.Facts told,
            String fromAddress,
            Instant now) {
        NotificationKind kind = notification.kind();
        if (kind == NotificationKind.REMINDER) {
            return null;
        }
        return new CalendarInvite(
                notification.bookingUid(),
                notification.sequence(),
                kind == NotificationKind.CANCELLED,
                appointment.slot().start(),
                appointment.slot().end(),
                texts.summary(told),
                told.business() + ", " + told.branch() + (told.address() == null ? "" : ", " + told.address()),
                texts.emailBody(kind, told),
                told.business(),
                fromAddress,
                told.customerName(),
                notification.recipient(),
                now);
    }
}
