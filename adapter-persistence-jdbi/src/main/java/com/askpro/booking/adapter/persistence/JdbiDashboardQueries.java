package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.application.port.DashboardQueries;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter: the dashboard's counts, aggregated by the database in epoch-aligned 15-minute buckets
 * ({@code FLOOR(EXTRACT(EPOCH FROM t) / 900)}, the same on H2 and PostgreSQL), and its searches:
 * calls by the caller's keyed phone hash ({@code calls.from_hash}, indexed), calls and appointments
 * by customer ids; keyset-paged, newest first. Nothing is decrypted to find a row.
 */
final class JdbiDashboardQueries implements DashboardQueries {

    /** Most customer ids one search may name (the application caps its name matches below this). */
    static final int MAX_CUSTOMERS = 500;

    private static final long BUCKET_SECONDS = BUCKET.toSeconds();

    private final Jdbi jdbi;
    private final JdbiCalls calls;
    private final JdbiAppointments appointments;
    private final FieldCipher cipher;

    JdbiDashboardQueries(Jdbi jdbi, JdbiCalls calls, JdbiAppointments appointments, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.calls = calls;
        this.appointments = appointments;
        this.cipher = cipher;
    }

    @Override
    public List<CallCount> callCounts(TenantContext tenant, Instant from, Instant before) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT bucket, COUNT(*) AS calls, SUM(booked) AS booked
                        FROM (SELECT FLOOR(EXTRACT(EPOCH FROM c.created_at) / :width) AS bucket,
                                     CASE WHEN EXISTS (SELECT 1 FROM call_appointments ca
                                                       WHERE ca.call_id = c.id AND ca.company_id = c.company_id)
                                          THEN 1 ELSE 0 END AS booked
                              FROM calls c
                              WHERE c.company_id = :company AND c.created_at >= :from AND c.created_at < :before) t
                        GROUP BY bucket
                        ORDER BY bucket
                        """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("from", Db.ts(from))
                .bind("before", Db.ts(before))
                .bind("width", BUCKET_SECONDS)
                .map((rs, ctx) -> new CallCount(
                        Instant.ofEpochSecond(rs.getLong("bucket") * BUCKET_SECONDS),
                        rs.getLong("calls"),
                        rs.getLong("booked")))
                .list());
    }

    @Override
    public List<BookingCount> bookingCounts(TenantContext tenant, Instant from, Instant before) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT bucket, COUNT(*) AS bookings
                        FROM (SELECT FLOOR(EXTRACT(EPOCH FROM a.created_at) / :width) AS bucket
                              FROM appointments a
                              WHERE a.company_id = :company AND a.created_at >= :from AND a.created_at < :before
                                AND a.rescheduled_from IS NULL) t
                        GROUP BY bucket
                        ORDER BY bucket
                        """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("from", Db.ts(from))
                .bind("before", Db.ts(before))
                .bind("width", BUCKET_SECONDS)
                .map((rs, ctx) -> new BookingCount(
                        Instant.ofEpochSecond(rs.getLong("bucket") * BUCKET_SECONDS), rs.getLong("bookings")))
                .list());
    }

    @Override
    public Page<Call> calls(TenantContext tenant, PhoneNumber caller, Set<CustomerId> customers, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .and("from_hash = :fromHash", "fromHash", caller == null ? null : cipher.phoneHash(caller.e164()));
        StringBuilder tail = new StringBuilder();
        Map<String, Object> values = new LinkedHashMap<>();
        if (caller == null && customers != null) {
            if (customers.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            tail.append(inCustomers(customers, values));
        }
        where.after(Cursor.parse(page.cursor()), "created_at", true);
        values.putAll(where.values());
        List<Call> rows = calls.query(
                tenant, where.where() + tail + "ORDER BY created_at DESC, id DESC", values, page.limit() + 1);
        return Cursor.page(
                rows,
                page.limit(),
                call -> Cursor.after(call.createdAt(), call.id().value()));
    }

    @Override
    public Page<Appointment> appointments(TenantContext tenant, Set<CustomerId> customers, PageRequest page) {
        Map<String, Object> values = new LinkedHashMap<>();
        String tail = "";
        if (customers != null) {
            if (customers.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            tail = inCustomers(customers, values);
        }
        SqlFilter where = new SqlFilter().after(Cursor.parse(page.cursor()), "start_at", true);
        values.putAll(where.values());
        List<Appointment> rows = appointments.query(
                tenant, where.where() + tail + "ORDER BY start_at DESC, id DESC", values, page.limit() + 1);
        return Cursor.page(rows, page.limit(), a -> Cursor.after(a.slot().start(), a.id().value()));
    }

    /** {@code AND customer_id IN (:customer0, …)}, each id bound by name. */
    private static String inCustomers(Set<CustomerId> customers, Map<String, Object> values) {
        if (customers.size() > MAX_CUSTOMERS) {
            throw new InvalidValueException("customers", "at most " + MAX_CUSTOMERS + " per search");
        }
        List<String> names = new ArrayList<>();
        for (CustomerId id : customers) {
            String name = "customer" + names.size();
            names.add(":" + name);
            values.put(name, id.value());
        }
        return "AND customer_id IN (" + String.join(", ", names) + ")\n";
    }
}
