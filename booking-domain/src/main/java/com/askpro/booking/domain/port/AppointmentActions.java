package com.askpro.booking.domain.port;

import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Outbound port: the append-only trail of what staff did to an appointment in the dashboard (who
 * booked, moved, cancelled, confirmed it or marked the customer). Entries name the action, the
 * actor (an API key or user id, never a person's name) and the reason or details staff gave.
 */
public interface AppointmentActions {

    /** Appends one entry for the tenant's appointment. */
    void record(TenantContext tenant, Entry entry);

    /** The entries of one of the tenant's appointments, oldest first; another tenant's id has none. */
    List<Entry> of(TenantContext tenant, AppointmentId appointment);

    /**
     * One action: {@code action} a lower-case code ({@code book}, {@code move}, {@code cancel},
     * {@code confirm}, {@code arrived}, {@code no_show}); {@code details} optional (a cancel reason,
     * the appointment a move created).
     */
    record Entry(AppointmentId appointment, String action, String actor, String details, Instant at) {

        private static final Pattern CODE = Pattern.compile("[a-z][a-z_]{0,31}");
        public static final int MAX_DETAILS = 500;

        public Entry {
            Require.notNull("appointment_id", appointment);
            if (action == null || !CODE.matcher(action).matches()) {
                throw new InvalidValueException("action", "must be a lower-case code of at most 32 characters");
            }
            actor = Require.line("actor", actor, 200);
            details = Require.optionalText("details", details, MAX_DETAILS);
            Require.notNull("at", at);
        }
    }
}
