package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationId;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In memory: the outbox of messages. New messages come with the appointment write that announces
 * them ({@link #insert}, called by {@link InMemoryAppointments} under the store's lock, so they are
 * stored only when the write is); one message per {@link Notification#idempotencyKey()}. A claim
 * counts the attempt and pushes the due time ahead under the same lock, so no two callers claim one
 * message for the same attempt.
 */
final class InMemoryNotificationOutbox implements NotificationOutbox {

    private static final Comparator<Notification> OLDEST_FIRST =
            Comparator.comparing(Notification::createdAt).thenComparing(n -> n.id().value());

    private final InMemoryPorts store;

    InMemoryNotificationOutbox(InMemoryPorts store) {
        this.store = store;
    }

    /** Stores {@code notices} whose key is new; the caller holds the store's lock. */
    static void insert(InMemoryPorts store, TenantContext tenant, List<Notification> notices) {
        for (Notification notice : notices) {
            Tenancy.requireOwned(tenant, notice.companyId());
        }
        for (Notification notice : notices) {
            boolean known = store.notifications.containsKey(notice.id())
                    || store.notifications.values().stream()
                            .anyMatch(n -> n.idempotencyKey().equals(notice.idempotencyKey()));
            if (!known) {
                store.notifications.put(notice.id(), notice);
            }
        }
    }

    @Override
    public List<Notification> claimDue(Instant now, Duration lease, int limit) {
        Instant until = now.plus(lease);
        synchronized (store.lock) {
            List<Notification> due = store.notifications.values().stream()
                    .filter(n -> n.status() == NotificationStatus.PENDING
                            && !n.nextAttemptAt().isAfter(now))
                    .sorted(Comparator.comparing(Notification::nextAttemptAt).thenComparing(OLDEST_FIRST))
                    .limit(limit)
                    .toList();
            List<Notification> claimed = new ArrayList<>();
            for (Notification n : due) {
                Notification attempt = new Notification(
                        n.id(),
                        n.companyId(),
                        n.appointmentId(),
                        n.customerId(),
                        n.bookingUid(),
                        n.sequence(),
                        n.kind(),
                        n.channel(),
                        n.recipient(),
                        n.status(),
                        n.attempts() + 1,
                        until,
                        n.lastError(),
                        n.createdAt(),
                        n.sentAt());
                store.notifications.put(n.id(), attempt);
                claimed.add(attempt);
            }
            return claimed;
        }
    }

    @Override
    public WriteOutcome<Notification> update(Notification notification) {
        synchronized (store.lock) {
            Notification held = store.notifications.get(notification.id());
            if (held == null || !held.companyId().equals(notification.companyId())) {
                return new WriteOutcome.NotFound<>();
            }
            store.notifications.put(notification.id(), notification);
            return new WriteOutcome.Written<>(notification);
        }
    }

    @Override
    public boolean anySent(TenantContext tenant, String bookingUid, Channel channel) {
        synchronized (store.lock) {
            return store.notifications.values().stream()
                    .anyMatch(n -> tenant.owns(n.companyId())
                            && n.bookingUid().equals(bookingUid)
                            && n.channel() == channel
                            && n.status() == NotificationStatus.SENT);
        }
    }

    @Override
    public Optional<Notification> find(TenantContext tenant, NotificationId id) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.notifications.get(id)).filter(n -> tenant.owns(n.companyId()));
        }
    }

    @Override
    public Page<Notification> list(TenantContext tenant, NotificationStatus status, PageRequest page) {
        synchronized (store.lock) {
            List<Notification> newestFirst = store.notifications.values().stream()
                    .filter(n -> tenant.owns(n.companyId()) && (status == null || n.status() == status))
                    .sorted(OLDEST_FIRST.reversed())
                    .toList();
            return Pages.of(newestFirst, n -> n.id().value(), page);
        }
    }

    @Override
    public Map<AppointmentId, List<Notification>> forAppointments(
            TenantContext tenant, Collection<AppointmentId> appointments) {
        Map<AppointmentId, List<Notification>> result = new LinkedHashMap<>();
        synchronized (store.lock) {
            store.notifications.values().stream()
                    .filter(n -> tenant.owns(n.companyId()) && appointments.contains(n.appointmentId()))
                    .sorted(OLDEST_FIRST)
                    .forEach(n -> result.computeIfAbsent(n.appointmentId(), id -> new ArrayList<>())
                            .add(n));
        }
        return result;
    }

    @Override
    public Map<NotificationStatus, Long> counts() {
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus status : NotificationStatus.values()) {
            counts.put(status, 0L);
        }
        synchronized (store.lock) {
            store.notifications.values().forEach(n -> counts.merge(n.status(), 1L, Long::sum));
        }
        return counts;
    }
}
