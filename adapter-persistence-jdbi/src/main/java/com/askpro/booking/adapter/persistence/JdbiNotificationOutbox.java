package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationId;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Adapter: the outbox of messages in table {@code notifications}. New rows are inserted with the
 * handle of the appointment write ({@link #insert}), so they commit or roll back with it; the
 * recipient and the last error are encrypted. Claims are conditional updates on the row's due
 * time, so two instances never claim one row for the same attempt.
 */
final class JdbiNotificationOutbox implements NotificationOutbox {

    static final String RECIPIENT = "notifications.recipient";
    static final String LAST_ERROR = "notifications.last_error";

    private static final String SELECT = """
            SELECT id, company_id, appointment_id, customer_id, booking_uid, sequence, kind, channel, recipient, status,
                   attempts, next_attempt_at, last_error, created_at, sent_at
            FROM notifications
            """;

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final RowMapper<Notification> mapper;

    JdbiNotificationOutbox(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.mapper = (rs, ctx) -> {
            UUID customer = Db.uuid(rs, "customer_id");
            return new Notification(
                    new NotificationId(Db.uuid(rs, "id")),
                    new CompanyId(Db.uuid(rs, "company_id")),
                    new AppointmentId(Db.uuid(rs, "appointment_id")),
                    customer == null ? null : new CustomerId(customer),
                    rs.getString("booking_uid"),
                    rs.getInt("sequence"),
                    NotificationKind.valueOf(rs.getString("kind")),
                    Channel.valueOf(rs.getString("channel")),
                    cipher.open(rs.getString("recipient"), RECIPIENT),
                    NotificationStatus.valueOf(rs.getString("status")),
                    rs.getInt("attempts"),
                    Db.instant(rs, "next_attempt_at"),
                    cipher.open(rs.getString("last_error"), LAST_ERROR),
                    Db.instant(rs, "created_at"),
                    Db.instant(rs, "sent_at"));
        };
    }

    /** Inserts {@code notices} with the appointment write's {@code handle}; a notice whose key is stored is left out. */
    void insert(Handle handle, TenantContext tenant, List<Notification> notices) {
        for (Notification notice : notices) {
            Db.requireOwned(tenant, notice.companyId());
            handle.createUpdate("""
                    INSERT INTO notifications (id, company_id, appointment_id, customer_id, booking_uid, sequence, kind, channel,
                                               recipient, idempotency_key, status, attempts, next_attempt_at, last_error,
                                               created_at, sent_at)
                    VALUES (:id, :company, :appointment, :customer, :bookingUid, :sequence, :kind, :channel,
                            :recipient, :key, :status, :attempts, :nextAttemptAt, :lastError, :createdAt, :sentAt)
                    ON CONFLICT DO NOTHING
                    """)
                    .bind("id", Db.uuid(notice.id().value()))
                    .bind("company", Db.uuid(notice.companyId().value()))
                    .bind("appointment", Db.uuid(notice.appointmentId().value()))
                    .bind(
                            "customer",
                            Db.uuid(
                                    notice.customerId() == null
                                            ? null
                                            : notice.customerId().value()))
                    .bind("bookingUid", notice.bookingUid())
                    .bind("sequence", notice.sequence())
                    .bind("kind", notice.kind().name())
                    .bind("channel", notice.channel().name())
                    .bind("recipient", cipher.seal(notice.recipient(), RECIPIENT))
                    .bind("key", notice.idempotencyKey())
                    .bind("status", notice.status().name())
                    .bind("attempts", notice.attempts())
                    .bind("nextAttemptAt", Db.ts(notice.nextAttemptAt()))
                    .bind("lastError", cipher.seal(notice.lastError(), LAST_ERROR))
                    .bind("createdAt", Db.ts(notice.createdAt()))
                    .bind("sentAt", Db.ts(notice.sentAt()))
                    .execute();
        }
    }

    @Override
    public List<Notification> claimDue(Instant now, Duration lease, int limit) {
        List<Notification> due = jdbi.withHandle(handle -> handle.createQuery(SELECT + """
                WHERE status = 'PENDING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, created_at, id
                LIMIT :limit
                """)
                .bind("now", Db.ts(now))
                .bind("limit", limit)
                .map(mapper)
                .list());
        List<Notification> claimed = new ArrayList<>();
        Instant until = now.plus(lease);
        for (Notification notification : due) {
            int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                    UPDATE notifications SET attempts = attempts + 1, next_attempt_at = :until
                    WHERE id = :id AND status = 'PENDING' AND attempts = :attempts AND next_attempt_at = :due
                    """)
                    .bind("until", Db.ts(until))
                    .bind("id", Db.uuid(notification.id().value()))
                    .bind("attempts", notification.attempts())
                    .bind("due", Db.ts(notification.nextAttemptAt()))
                    .execute());
            if (rows == 1) {
                claimed.add(new Notification(
                        notification.id(),
                        notification.companyId(),
                        notification.appointmentId(),
                        notification.customerId(),
                        notification.bookingUid(),
                        notification.sequence(),
                        notification.kind(),
                        notification.channel(),
                        notification.recipient(),
                        notification.status(),
                        notification.attempts() + 1,
                        until,
                        notification.lastError(),
                        notification.createdAt(),
                        notification.sentAt()));
            }
        }
        return claimed;
    }

    @Override
    public WriteOutcome<Notification> update(Notification notification) {
        int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                UPDATE notifications
                SET status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt, last_error = :lastError,
                    sent_at = :sentAt
                WHERE id = :id AND company_id = :company
                """)
                .bind("id", Db.uuid(notification.id().value()))
                .bind("company", Db.uuid(notification.companyId().value()))
                .bind("status", notification.status().name())
                .bind("attempts", notification.attempts())
                .bind("nextAttemptAt", Db.ts(notification.nextAttemptAt()))
                .bind("lastError", cipher.seal(notification.lastError(), LAST_ERROR))
                .bind("sentAt", Db.ts(notification.sentAt()))
                .execute());
        return rows == 0 ? new WriteOutcome.NotFound<>() : new WriteOutcome.Written<>(notification);
    }

    @Override
    public boolean anySent(TenantContext tenant, String bookingUid, Channel channel) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT COUNT(*) FROM notifications
                WHERE company_id = :company AND booking_uid = :uid AND channel = :channel AND status = 'SENT'
                """)
                        .bind("company", Db.uuid(tenant.companyId().value()))
                        .bind("uid", bookingUid)
                        .bind("channel", channel.name())
                        .mapTo(Long.class)
                        .one()
                > 0);
    }

    @Override
    public Optional<Notification> find(TenantContext tenant, NotificationId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id AND company_id = :company")
                .bind("id", Db.uuid(id.value()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .map(mapper)
                .findOne());
    }

    @Override
    public Page<Notification> list(TenantContext tenant, NotificationStatus status, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .and("status = :status", "status", status == null ? null : status.name())
                .after(Cursor.parse(page.cursor()), "created_at", true);
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(SELECT + "WHERE company_id = :company\n" + where.where()
                            + "ORDER BY created_at DESC, id DESC LIMIT :limit")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("limit", page.limit() + 1);
            where.values().forEach((name, value) -> Db.bindValue(query, name, value));
            return Cursor.page(
                    query.map(mapper).list(), page.limit(), n -> Cursor.after(n.createdAt(), n.id().value()));
        });
    }

    @Override
    public Map<AppointmentId, List<Notification>> forAppointments(
            TenantContext tenant, Collection<AppointmentId> appointments) {
        Map<AppointmentId, List<Notification>> result = new LinkedHashMap<>();
        if (appointments.isEmpty()) {
            return result;
        }
        List<UUID> ids =
                appointments.stream().map(AppointmentId::value).distinct().toList();
        jdbi.useHandle(handle -> handle.createQuery(SELECT + """
                WHERE company_id = :company AND appointment_id IN (<ids>)
                ORDER BY created_at, id
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bindList("ids", ids)
                .map(mapper)
                .forEach(n -> result.computeIfAbsent(n.appointmentId(), id -> new ArrayList<>())
                        .add(n)));
        return result;
    }

    @Override
    public Map<NotificationStatus, Long> counts() {
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus status : NotificationStatus.values()) {
            counts.put(status, 0L);
        }
        jdbi.useHandle(handle -> handle.createQuery("SELECT status, COUNT(*) AS n FROM notifications GROUP BY status")
                .map((rs, ctx) -> Map.entry(NotificationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }
}
