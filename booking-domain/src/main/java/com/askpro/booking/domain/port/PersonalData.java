package com.askpro.booking.domain.port;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: everything one tenant holds about one person, found by their phone number —
 * to hand it out (GDPR Art. 15/20) or to erase it (Art. 17). Never crosses tenants.
 */
public interface PersonalData {

    /** Everything the tenant holds about the person with {@code phone}. */
    Export export(TenantContext tenant, PhoneNumber phone);

    /**
     * Erases, in one transaction and for {@code tenant} only: the customer, every call's personal
     * fields and transcript, the raw webhook bodies of those calls and of the customer's calendar
     * bookings, and the notes and customer link of their appointments. What is not personal
     * (statuses, times, durations, branches) stays, so the business figures stay right.
     * Idempotent: a second erasure answers zeros.
     */
    Erased erase(TenantContext tenant, PhoneNumber phone);

    /**
     * Retention: erases the personal fields of the tenant's calls created before {@code cutoff}
     * and the raw bodies of its webhook events received before it ({@code tenant} null: the
     * events no tenant owns). Idempotent.
     */
    Purged purge(TenantContext tenant, Instant cutoff);

    /** How many rows a retention purge changed. */
    record Purged(int calls, int webhookEvents) {
        public int total() {
            return calls + webhookEvents;
        }
    }

    /** The person's data as stored. */
    record Export(Optional<Customer> customer, List<Appointment> appointments, List<Call> calls) {
        public Export {
            appointments = List.copyOf(appointments);
            calls = List.copyOf(calls);
        }
    }

    /** How many rows an erasure changed, per kind. */
    record Erased(int customers, int calls, int appointments, int webhookEvents) {
        public int total() {
            return customers + calls + appointments + webhookEvents;
        }
    }
}
