package com.askpro.booking.domain.port;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationId;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outbound port: the durable outbox of messages to customers. New messages are written with the
 * appointment change they announce ({@link Appointments#add(TenantContext,
 * com.askpro.booking.domain.appointment.Appointment, List)} and its siblings); this port delivers
 * and shows them.
 */
public interface NotificationOutbox {

    /**
     * Platform-level: claims up to {@code limit} pending messages due at {@code now} for one
     * attempt, oldest first. A claim counts the attempt and pushes the message's due time
     * {@code lease} ahead, in one conditional update, so that another instance does not take it
     * meanwhile; a message whose process died is due again after the lease.
     */
    List<Notification> claimDue(Instant now, Duration lease, int limit);

    /**
     * Stores the outcome of an attempt (status, attempts, due time, error, sent time): {@code Written},
     * or {@code NotFound} when there is no such message.
     */
    WriteOutcome<Notification> update(Notification notification);

    /** True when a message of {@code bookingUid} went out on {@code channel} (a cancellation needs a booking it cancels). */
    boolean anySent(TenantContext tenant, String bookingUid, Channel channel);

    Optional<Notification> find(TenantContext tenant, NotificationId id);

    /** The tenant's messages, newest first; {@code status} null: all. */
    Page<Notification> list(TenantContext tenant, NotificationStatus status, PageRequest page);

    /** The messages of each of these appointments, oldest first. */
    Map<AppointmentId, List<Notification>> forAppointments(
            TenantContext tenant, Collection<AppointmentId> appointments);

    /** Platform-level: how many messages are in each status (for the backlog gauges). */
    Map<NotificationStatus, Long> counts();
}
