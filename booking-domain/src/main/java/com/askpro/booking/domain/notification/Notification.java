package com.askpro.booking.domain.notification;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.webhook.RetryPolicy;
import java.time.Instant;
import java.util.Locale;

/**
 * One message to a customer about one change of one appointment, on one channel: an entry of the
 * durable outbox, written in the same transaction as the appointment change it announces.
 *
 * <p>{@code bookingUid} names the booking across reschedules (the calendar UID: the id of the
 * first appointment of the chain), {@code sequence} counts its changes (the calendar SEQUENCE).
 * {@code nextAttemptAt} is when it is due (for a reminder: its send time). Lifecycle:
 * {@code PENDING} → {@code SENT}, or after failed attempts with backoff → {@code DEAD} (replayable
 * back to {@code PENDING}); {@code SKIPPED} when the booking changed so that it no longer applies.
 * {@link #idempotencyKey()} — appointment, change and channel — is unique: one change is never
 * announced twice on one channel.
 */
public record Notification(
        NotificationId id,
        CompanyId companyId,
        AppointmentId appointmentId,
        CustomerId customerId,
        String bookingUid,
        int sequence,
        NotificationKind kind,
        Channel channel,
        String recipient,
        NotificationStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {

    /** Longest error text kept. */
    public static final int MAX_ERROR = 500;

    public Notification {
        Require.notNull("id", id);
        Require.notNull("company_id", companyId);
        Require.notNull("appointment_id", appointmentId);
        bookingUid = Require.line("booking_uid", bookingUid, 100);
        if (sequence < 0) {
            throw new InvalidValueException("sequence", "must not be negative");
        }
        Require.notNull("kind", kind);
        Require.notNull("channel", channel);
        recipient = Require.line("recipient", recipient, 254);
        Require.notNull("status", status);
        if (attempts < 0) {
            throw new InvalidValueException("attempts", "must not be negative");
        }
        Require.notNull("next_attempt_at", nextAttemptAt);
        lastError = lastError == null ? null : truncate(lastError);
        Require.notNull("created_at", createdAt);
    }

    /** A new pending message, due at {@code dueAt} (now, or a reminder's send time). */
    public static Notification plan(
            CompanyId company,
            AppointmentId appointment,
            CustomerId customer,
            String bookingUid,
            int sequence,
            NotificationKind kind,
            Channel channel,
            String recipient,
            Instant dueAt,
            Instant now) {
        return new Notification(
                NotificationId.newId(),
                company,
                appointment,
                customer,
                bookingUid,
                sequence,
                kind,
                channel,
                recipient,
                NotificationStatus.PENDING,
                0,
                dueAt,
                null,
                now,
                null);
    }

    /** The key that makes one change of one appointment one message per channel. */
    public String idempotencyKey() {
        return appointmentId + ":" + kind.name().toLowerCase(Locale.ROOT) + ":"
                + channel.name().toLowerCase(Locale.ROOT);
    }

    /** Delivered (after {@code attempts} attempts). */
    public Transition<Notification> sent(Instant now) {
        if (status != NotificationStatus.PENDING) {
            return Transition.ignored(this, "not pending");
        }
        return Transition.applied(with(NotificationStatus.SENT, attempts, nextAttemptAt, lastError, now));
    }

    /** An attempt failed: due again after the policy's backoff, or dead after the last attempt. */
    public Transition<Notification> failed(String error, RetryPolicy policy, Instant now) {
        if (status != NotificationStatus.PENDING) {
            return Transition.ignored(this, "not pending");
        }
        int made = Math.max(1, attempts);
        if (policy.allowsAnotherAfter(made)) {
            return Transition.applied(
                    with(NotificationStatus.PENDING, made, now.plus(policy.delayAfter(made)), error, null));
        }
        return Transition.applied(with(NotificationStatus.DEAD, made, now, error, null));
    }

    /** Not to be sent, because {@code why} (e.g. the appointment moved). */
    public Transition<Notification> skipped(String why, Instant now) {
        if (status != NotificationStatus.PENDING) {
            return Transition.ignored(this, "not pending");
        }
        return Transition.applied(with(NotificationStatus.SKIPPED, attempts, now, why, null));
    }

    /** A dead message is tried again now, with fresh attempts; anything else is refused. */
    public Transition<Notification> replay(Instant now) {
        if (status != NotificationStatus.DEAD) {
            return Transition.refused(
                    "not_dead",
                    "only a dead notification can be replayed, this one is "
                            + status.name().toLowerCase(Locale.ROOT));
        }
        return Transition.applied(with(NotificationStatus.PENDING, 0, now, lastError, null));
    }

    private Notification with(NotificationStatus newStatus, int newAttempts, Instant next, String error, Instant sent) {
        return new Notification(
                id,
                companyId,
                appointmentId,
                customerId,
                bookingUid,
                sequence,
                kind,
                channel,
                recipient,
                newStatus,
                newAttempts,
                next,
                error,
                createdAt,
                sent);
    }

    private static String truncate(String text) {
        String line = text.replaceAll("[\\p{Cntrl}]", " ").strip();
        return line.length() <= MAX_ERROR ? line : line.substring(0, MAX_ERROR);
    }

    @Override
    public String toString() {
        return "Notification[" + id + ", " + kind + "/" + channel + ", appointment " + appointmentId + ", " + status
                + "]";
    }
}
