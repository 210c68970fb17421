package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.PersonalData;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Adapter: one person's data across the tables of one tenant, found by the keyed hash of their
 * number (and, for rows from before encryption not yet migrated, the number itself).
 */
final class JdbiPersonalData implements PersonalData {

    /** What an erased raw webhook body is replaced with (the column must not be empty). */
    static final String ERASED_BODY = "{\"erased\":true}";

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final Customers customers;

    JdbiPersonalData(Jdbi jdbi, FieldCipher cipher, Customers customers) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.customers = customers;
    }

    @Override
    public Export export(TenantContext tenant, PhoneNumber phone) {
        Optional<Customer> customer = customers.findByPhone(tenant, phone);
        return jdbi.inTransaction(handle -> {
            List<Appointment> appointments = customer.isEmpty()
                    ? List.of()
                    : handle.createQuery(AppointmentRows.SELECT + "AND customer_id = :customer ORDER BY start_at, id")
                            .bind("company", Db.uuid(tenant.companyId().value()))
                            .bind("customer", Db.uuid(customer.get().id().value()))
                            .map(AppointmentRows.mapper(cipher))
                            .list();
            List<Call> calls = callsOf(
                    handle, tenant, phone, customer.map(c -> c.id().value()).orElse(null));
            return new Export(customer, appointments, calls);
        });
    }

    @Override
    public Erased erase(TenantContext tenant, PhoneNumber phone) {
        return jdbi.inTransaction(handle -> {
            UUID company = tenant.companyId().value();
            List<UUID> customerIds = handle.createQuery("""
                    SELECT id FROM customers
                    WHERE company_id = :company AND (phone_hash = :hash OR (phone_hash IS NULL AND phone = :plain))
                    """)
                    .bind("company", Db.uuid(company))
                    .bind("hash", cipher.phoneHash(phone.e164()))
                    .bind("plain", phone.e164())
                    .map((rs, ctx) -> Db.uuid(rs, "id"))
                    .list();
            List<Call> calls = callsOf(handle, tenant, phone, customerIds.isEmpty() ? null : customerIds.get(0));
            int erasedCalls = 0;
            int events = 0;
            for (Call call : calls) {
                erasedCalls += handle.createUpdate("""
                        UPDATE calls SET from_number = NULL, from_hash = NULL, transcript = NULL, recording_url = NULL,
                                         summary = NULL, custom_analysis_json = NULL, customer_id = NULL, version = version + 1
                        WHERE id = :id AND company_id = :company
                          AND (from_number IS NOT NULL OR transcript IS NOT NULL OR recording_url IS NOT NULL
                               OR summary IS NOT NULL OR custom_analysis_json IS NOT NULL OR customer_id IS NOT NULL)
                        """)
                        .bind("id", Db.uuid(call.id().value()))
                        .bind("company", Db.uuid(company))
                        .execute();
                // Retell event keys are "<event>:<call id>[:...]", the inbound one "call_inbound:<call id>".
                events += eraseBodies(handle, company, "%:" + call.agentCallId());
                events += eraseBodies(handle, company, "%:" + call.agentCallId() + ":%");
            }
            int appointments = 0;
            for (UUID customer : customerIds) {
                List<String> bookingUids = handle.createQuery("""
                        SELECT external_uid FROM appointments
                        WHERE company_id = :company AND customer_id = :customer AND external_uid IS NOT NULL
                        """)
                        .bind("company", Db.uuid(company))
                        .bind("customer", Db.uuid(customer))
                        .mapTo(String.class)
                        .list();
                for (String uid : bookingUids) {
                    // Cal.com webhooks of the customer's bookings carry their name and e-mail.
                    events += eraseBodies(handle, company, "%" + uid + "%");
                }
                // Messages to the customer hold their address: the outbox forgets them (unsent ones are not sent).
                handle.createUpdate("DELETE FROM notifications WHERE company_id = :company AND customer_id = :customer")
                        .bind("company", Db.uuid(company))
                        .bind("customer", Db.uuid(customer))
                        .execute();
                // The reasons given for the customer's appointments are free text that may name them.
                handle.createUpdate("""
                        UPDATE appointment_actions SET details = NULL
                        WHERE company_id = :company AND appointment_id IN
                            (SELECT id FROM appointments WHERE company_id = :company AND customer_id = :customer)
                        """)
                        .bind("company", Db.uuid(company))
                        .bind("customer", Db.uuid(customer))
                        .execute();
                appointments += handle.createUpdate("""
                        UPDATE appointments SET notes = NULL, status_reason = NULL, customer_id = NULL,
                            version = version + 1
                        WHERE company_id = :company AND customer_id = :customer
                        """)
                        .bind("company", Db.uuid(company))
                        .bind("customer", Db.uuid(customer))
                        .execute();
            }
            int erasedCustomers = 0;
            for (UUID customer : customerIds) {
                erasedCustomers += handle.createUpdate("DELETE FROM customers WHERE id = :id AND company_id = :company")
                        .bind("id", Db.uuid(customer))
                        .bind("company", Db.uuid(company))
                        .execute();
            }
            return new Erased(erasedCustomers, erasedCalls, appointments, events);
        });
    }

    @Override
    public Purged purge(TenantContext tenant, Instant cutoff) {
        return jdbi.inTransaction(handle -> {
            int calls = tenant == null
                    ? 0
                    : handle.createUpdate("""
                    UPDATE calls SET from_number = NULL, from_hash = NULL, transcript = NULL, recording_url = NULL,
                                     summary = NULL, custom_analysis_json = NULL, version = version + 1
                    WHERE company_id = :company AND created_at < :cutoff
                      AND (from_number IS NOT NULL OR transcript IS NOT NULL OR recording_url IS NOT NULL
                           OR summary IS NOT NULL OR custom_analysis_json IS NOT NULL)
                    """)
                            .bind("company", Db.uuid(tenant.companyId().value()))
                            .bind("cutoff", Db.ts(cutoff))
                            .execute();
            int events = handle.createUpdate("UPDATE webhook_events SET raw_body = :erased WHERE "
                            + (tenant == null ? "company_id IS NULL" : "company_id = :company")
                            + " AND received_at < :cutoff AND raw_body <> :erased")
                    .bind("erased", ERASED_BODY)
                    .bind(
                            "company",
                            Db.uuid(tenant == null ? null : tenant.companyId().value()))
                    .bind("cutoff", Db.ts(cutoff))
                    .execute();
            return new Purged(calls, events);
        });
    }

    private static int eraseBodies(Handle handle, UUID company, String keyPattern) {
        return handle.createUpdate("""
                UPDATE webhook_events SET raw_body = :erased
                WHERE company_id = :company AND event_key LIKE :pattern AND raw_body <> :erased
                """)
                .bind("erased", ERASED_BODY)
                .bind("company", Db.uuid(company))
                .bind("pattern", keyPattern)
                .execute();
    }

    /** The tenant's calls from {@code phone} or linked to {@code customer}, newest first, with their appointment links. */
    private List<Call> callsOf(Handle handle, TenantContext tenant, PhoneNumber phone, UUID customer) {
        var query = handle.createQuery(CallRows.SELECT + """
                AND (from_hash = :hash OR (from_hash IS NULL AND from_number = :plain)
                     OR (customer_id IS NOT NULL AND customer_id = :customer))
                ORDER BY created_at DESC, id DESC
                """)
                .bind("company", Db.uuid(tenant.companyId().value()))
                .bind("hash", cipher.phoneHash(phone.e164()))
                .bind("plain", phone.e164())
                .bind("customer", Db.uuid(customer));
        List<Call> raw =
                query.map((rs, ctx) -> CallRows.map(rs, Set.of(), cipher)).list();
        Map<UUID, Set<AppointmentId>> links = CallRows.linksOf(
                handle,
                tenant.companyId(),
                raw.stream().map(c -> c.id().value()).toList());
        List<Call> calls = new ArrayList<>();
        for (Call c : raw) {
            calls.add(new Call(
                    c.id(),
                    c.companyId(),
                    c.branchId(),
                    c.agentCallId(),
                    c.direction(),
                    c.from(),
                    c.to(),
                    c.status(),
                    c.facts(),
                    c.customerId(),
                    links.getOrDefault(c.id().value(), Set.of()),
                    c.version(),
                    c.createdAt(),
                    c.updatedAt()));
        }
        return calls;
    }
}
