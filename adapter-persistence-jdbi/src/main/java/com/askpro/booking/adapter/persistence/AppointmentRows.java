package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.appointment.Attendance;
import com.askpro.booking.domain.appointment.SyncStatus;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.StaffId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Mapper: {@link Appointment} to and from a row of {@code appointments}. */
final class AppointmentRows {

    static final String SELECT = """
            SELECT id, company_id, branch_id, service_id, staff_id, customer_id, start_at, end_at, blocked_until, zone,
                   status, sync_status, external_uid, source_call_id, rescheduled_from, notes, status_reason, version,
                   created_at, updated_at, attendance
            FROM appointments
            WHERE company_id = :company
            """;

    /** The statuses whose appointments hold their time, as SQL. */
    static final String HOLDS_TIME = "status IN ('BOOKED', 'CONFIRMED')";

    static final String NOTES = "appointments.notes";
    static final String STATUS_REASON = "appointments.status_reason";

    /** The row mapper, decrypting the notes with {@code cipher}. */
    static RowMapper<Appointment> mapper(FieldCipher cipher) {
        return (rs, ctx) -> {
            Instant start = Db.instant(rs, "start_at");
            Instant end = Db.instant(rs, "end_at");
            UUID staff = Db.uuid(rs, "staff_id");
            UUID call = Db.uuid(rs, "source_call_id");
            UUID rescheduledFrom = Db.uuid(rs, "rescheduled_from");
            UUID customer = Db.uuid(rs, "customer_id");
            return new Appointment(
                    new AppointmentId(Db.uuid(rs, "id")),
                    new CompanyId(Db.uuid(rs, "company_id")),
                    new BranchId(Db.uuid(rs, "branch_id")),
                    new ServiceId(Db.uuid(rs, "service_id")),
                    staff == null ? null : new StaffId(staff),
                    customer == null ? null : new CustomerId(customer),
                    new TimeSlot(start, end),
                    Duration.between(end, Db.instant(rs, "blocked_until")),
                    ZoneId.of(rs.getString("zone")),
                    AppointmentStatus.valueOf(rs.getString("status")),
                    SyncStatus.valueOf(rs.getString("sync_status")),
                    rs.getString("external_uid"),
                    call == null ? null : new CallId(call),
                    rescheduledFrom == null ? null : new AppointmentId(rescheduledFrom),
                    cipher.open(rs.getString("notes"), NOTES),
                    cipher.open(rs.getString("status_reason"), STATUS_REASON),
                    rs.getLong("version"),
                    Db.instant(rs, "created_at"),
                    Db.instant(rs, "updated_at"),
                    rs.getString("attendance") == null ? null : Attendance.valueOf(rs.getString("attendance")));
        };
    }

    private AppointmentRows() {}

    static void insert(Handle handle, Appointment appointment, FieldCipher cipher) {
        handle.createUpdate("""
                INSERT INTO appointments (id, company_id, branch_id, service_id, staff_id, customer_id, resource_key,
                                          start_at, end_at, blocked_until, zone, status, sync_status, external_uid,
                                          source_call_id, rescheduled_from, notes, status_reason, version,
                                          created_at, updated_at, attendance)
                VALUES (:id, :company, :branch, :service, :staff, :customer, :resource,
                        :start, :end, :blockedUntil, :zone, :status, :syncStatus, :externalUid,
                        :sourceCall, :rescheduledFrom, :notes, :statusReason, :version,
                        :createdAt, :updatedAt, :attendance)
                """)
                .bind("id", Db.uuid(appointment.id().value()))
                .bind("company", Db.uuid(appointment.companyId().value()))
                .bind("branch", Db.uuid(appointment.branchId().value()))
                .bind("service", Db.uuid(appointment.serviceId().value()))
                .bind("staff", Db.uuid(appointment.staff().map(StaffId::value).orElse(null)))
                .bind(
                        "customer",
                        Db.uuid(
                                appointment.customerId() == null
                                        ? null
                                        : appointment.customerId().value()))
                .bind("resource", appointment.resource().key())
                .bind("start", Db.ts(appointment.slot().start()))
                .bind("end", Db.ts(appointment.slot().end()))
                .bind("blockedUntil", Db.ts(appointment.blockedTime().end()))
                .bind("zone", appointment.zone().getId())
                .bind("status", appointment.status().name())
                .bind("syncStatus", appointment.syncStatus().name())
                .bind("externalUid", appointment.externalUid())
                .bind(
                        "sourceCall",
                        Db.uuid(
                                appointment.sourceCallId() == null
                                        ? null
                                        : appointment.sourceCallId().value()))
                .bind(
                        "rescheduledFrom",
                        Db.uuid(
                                appointment.rescheduledFrom() == null
                                        ? null
                                        : appointment.rescheduledFrom().value()))
                .bind("notes", cipher.seal(appointment.notes(), NOTES))
                .bind("statusReason", cipher.seal(appointment.statusReason(), STATUS_REASON))
                .bind("version", appointment.version())
                .bind("createdAt", Db.ts(appointment.createdAt()))
                .bind("updatedAt", Db.ts(appointment.updatedAt()))
                .bind("attendance", attendance(appointment))
                .execute();
    }

    private static String attendance(Appointment appointment) {
        return appointment.attendance() == null
                ? null
                : appointment.attendance().name();
    }

    /**
     * Writes the changeable state (status, sync state, external uid, notes, reason) if the stored
     * version is still {@code appointment.version()}; answers the number of rows changed (0 or 1).
     */
    static int updateIfVersion(Handle handle, TenantContext tenant, Appointment appointment, FieldCipher cipher) {
        return handle.createUpdate("""
                UPDATE appointments
                SET status = :status, sync_status = :syncStatus, external_uid = :externalUid, notes = :notes,
                    status_reason = :statusReason, attendance = :attendance, updated_at = :updatedAt, version = version + 1
                WHERE id = :id AND company_id = :company AND version = :version
                """)
                .bind("id", Db.uuid(appointment.id().value()))
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("status", appointment.status().name())
                .bind("syncStatus", appointment.syncStatus().name())
                .bind("externalUid", appointment.externalUid())
                .bind("notes", cipher.seal(appointment.notes(), NOTES))
                .bind("statusReason", cipher.seal(appointment.statusReason(), STATUS_REASON))
                .bind("updatedAt", Db.ts(appointment.updatedAt()))
                .bind("version", appointment.version())
                .bind("attendance", attendance(appointment))
                .execute();
    }

    /** The same appointment with the version the database now holds. */
    static Appointment advanced(Appointment a) {
        return new Appointment(
                a.id(),
                a.companyId(),
                a.branchId(),
                a.serviceId(),
                a.staffId(),
                a.customerId(),
                a.slot(),
                a.buffer(),
                a.zone(),
                a.status(),
                a.syncStatus(),
                a.externalUid(),
                a.sourceCallId(),
                a.rescheduledFrom(),
                a.notes(),
                a.statusReason(),
                a.version() + 1,
                a.createdAt(),
                a.updatedAt(),
                a.attendance());
    }
}
