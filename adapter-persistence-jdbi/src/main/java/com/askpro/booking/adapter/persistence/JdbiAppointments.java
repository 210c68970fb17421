package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/** Adapter: appointments in table {@code appointments}; bookings go through {@link Bookings}. */
final class JdbiAppointments implements Appointments {

    private final Jdbi jdbi;
    private final Bookings bookings;
    private final SlotClaims claims;
    private final FieldCipher cipher;
    private final RowMapper<Appointment> mapper;
    private final JdbiNotificationOutbox outbox;

    JdbiAppointments(
            Jdbi jdbi, Bookings bookings, SlotClaims claims, FieldCipher cipher, JdbiNotificationOutbox outbox) {
        this.jdbi = jdbi;
        this.bookings = bookings;
        this.claims = claims;
        this.cipher = cipher;
        this.outbox = outbox;
        this.mapper = AppointmentRows.mapper(cipher);
    }

    @Override
    public WriteOutcome<Appointment> add(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        return bookings.add(tenant, appointment, notices);
    }

    @Override
    public WriteOutcome<Appointment> replace(
            TenantContext tenant, Appointment previous, Appointment replacement, List<Notification> notices) {
        return bookings.replace(tenant, previous, replacement, notices);
    }

    @Override
    public WriteOutcome<Appointment> update(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        Db.requireOwned(tenant, appointment.companyId());
        try {
            return jdbi.inTransaction(handle -> {
                if (AppointmentRows.updateIfVersion(handle, tenant, appointment, cipher) == 0) {
                    return new WriteOutcome.VersionConflict<Appointment>();
                }
                if (!appointment.holdsTime()) {
                    claims.release(handle, appointment.id());
                }
                outbox.insert(handle, tenant, notices);
                return new WriteOutcome.Written<>(AppointmentRows.advanced(appointment));
            });
        } catch (JdbiException e) {
            if (SqlFailures.isBusy(e)) {
                return new WriteOutcome.Busy<>("appointment row locked (SQLSTATE " + SqlFailures.sqlState(e) + ")");
            }
            throw e;
        }
    }

    @Override
    public Optional<Appointment> find(TenantContext tenant, AppointmentId id) {
        return query(tenant, "AND id = :id", Map.of("id", id.value()), 1).stream()
                .findFirst();
    }

    @Override
    public Optional<Appointment> findByExternalUid(TenantContext tenant, String externalUid) {
        return query(tenant, "AND external_uid = :uid ORDER BY created_at DESC, id", Map.of("uid", externalUid), 1)
                .stream()
                .findFirst();
    }

    @Override
    public List<Appointment> holdingTime(TenantContext tenant, BranchId branch, TimeSlot window) {
        return query(
                tenant,
                "AND branch_id = :branch AND " + AppointmentRows.HOLDS_TIME
                        + " AND start_at < :windowEnd AND blocked_until > :windowStart ORDER BY start_at, id",
                Map.of("branch", branch.value(), "windowStart", window.start(), "windowEnd", window.end()),
                Integer.MAX_VALUE);
    }

    @Override
    public List<Appointment> upcomingFor(TenantContext tenant, CustomerId customer, Instant now) {
        return query(
                tenant,
                "AND customer_id = :customer AND " + AppointmentRows.HOLDS_TIME
                        + " AND end_at > :now ORDER BY start_at, id",
                Map.of("customer", customer.value(), "now", now),
                Integer.MAX_VALUE);
    }

    @Override
    public Optional<Appointment> bookedByCall(TenantContext tenant, CallId call, ServiceId service, Instant start) {
        return query(
                        tenant,
                        "AND source_call_id = :call AND service_id = :service AND start_at = :start AND "
                                + AppointmentRows.HOLDS_TIME + " ORDER BY created_at, id",
                        Map.of("call", call.value(), "service", service.value(), "start", start),
                        1)
                .stream()
                .findFirst();
    }

    @Override
    public Page<Appointment> list(TenantContext tenant, Query filter, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .and(
                        "branch_id = :branch",
                        "branch",
                        filter.branch() == null ? null : filter.branch().value())
                .and(
                        "status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .and("start_at >= :startsFrom", "startsFrom", filter.startsFrom())
                .and("start_at < :startsBefore", "startsBefore", filter.startsBefore())
                .after(Cursor.parse(page.cursor()), "start_at", false);
        List<Appointment> rows =
                query(tenant, where.where() + "ORDER BY start_at, id", where.values(), page.limit() + 1);
        return Cursor.page(rows, page.limit(), a -> Cursor.after(a.slot().start(), a.id().value()));
    }

    /** Appointments of the tenant matching {@code tail} (SQL after the company filter). */
    List<Appointment> query(TenantContext tenant, String tail, Map<String, Object> values, int limit) {
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(AppointmentRows.SELECT + tail + "\nLIMIT :limit")
                    .bind("company", Db.uuid(tenant.companyId().value()))
                    .bind("limit", limit);
            values.forEach((name, value) -> Db.bindValue(query, name, value));
            return query.map(mapper).list();
        });
    }
}
