package com.askpro.booking.adapter.persistence;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.tenant.TenantContext;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Adapter: the dashboard's actions on appointments in table {@code appointment_actions} (insert only). */
final class JdbiAppointmentActions implements AppointmentActions {

    private static final RowMapper<Entry> MAPPER = (rs, ctx) -> new Entry(
            new AppointmentId(Db.uuid(rs, "appointment_id")),
            rs.getString("action"),
            rs.getString("actor"),
            rs.getString("details"),
            Db.instant(rs, "occurred_at"));

    private final Jdbi jdbi;

    JdbiAppointmentActions(Jdbi jdbi) {
        this.jdbi = jdbi;
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
                .bind("details", entry.details())
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
                .map(MAPPER)
                .list());
    }
}
