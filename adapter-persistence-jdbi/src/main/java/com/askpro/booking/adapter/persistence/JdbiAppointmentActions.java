package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Adapter: the dashboard's actions on appointments in table {@code appointment_actions} (insert only); the
 * details (a reason given) encrypted like every free text that may hold personal data. */
final class JdbiAppointmentActions implements AppointmentActions {

    /** The column's encryption context: a reason is the staff's free text and may name the customer. */
    static final String DETAILS = "appointment_actions.details";

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final RowMapper<Entry> mapper;

    JdbiAppointmentActions(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.mapper = (rs, ctx) -> new Entry(
                new AppointmentId(Db.uuid(rs, "appointment_id")),
                rs.getString("action"),
                rs.getString("actor"),
                cipher.open(rs.getString("details"), DETAILS),
                Db.instant(rs, "occurred_at"));
    }

    @Override
    public void record(TenantContext tenant, Entry entry) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO appointment_actions (company_id, appointment_id, action, actor, details, occurred_at)
                VALUES (:company, :appointment, :action, :actor, :details, :at)
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("appointment", Db.uuid(entry.appointment().value()))
                .bind("action", entry.action())
                .bind("actor", entry.actor())
                .bind("details", cipher.seal(entry.details(), DETAILS))
                .bind("at", Db.ts(entry.at()))
                .execute());
    }

    @Override
    public List<Entry> of(TenantContext tenant, AppointmentId appointment) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT appointment_id, action, actor, details, occurred_at FROM appointment_actions
                WHERE company_id = :company AND appointment_id = :appointment
                ORDER BY id
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("appointment", Db.uuid(appointment.value()))
                .map(mapper)
                .list());
    }
}
