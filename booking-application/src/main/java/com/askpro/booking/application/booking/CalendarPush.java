package com.askpro.booking.application.booking;

import com.askpro.booking.application.calendar.CalendarSelector;
import com.askpro.booking.application.calendar.CalendarSyncPolicy;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * After a local write, brings the company's external calendar (if any) along: accepted → synced;
 * unreachable → stays pending and a background sync is scheduled as the {@link CalendarSyncPolicy}
 * says; refused → flagged for staff
 * ({@code CONFLICT}), never dropped. Built-in calendar companies need nothing.
 */
public final class CalendarPush {

    private final CalendarSelector calendar;
    private final Appointments appointments;
    private final BackgroundJobs jobs;

    public CalendarPush(CalendarSelector calendar, Appointments appointments, BackgroundJobs jobs) {
        this.calendar = calendar;
        this.appointments = appointments;
        this.jobs = jobs;
    }

    /** Whether appointments of {@code company} are kept in an external calendar ({@link CalendarSyncPolicy}). */
    public boolean isExternalFor(Company company) {
        return calendar.policy().isExternal(company);
    }

    /** Pushes a new booking; answers the external calendar's verdict (Accepted for the built-in one). */
    public CalendarAnswer created(
            Company company, Appointment appointment, Service service, Customer customer, Instant now) {
        return push(company, appointment, now, () -> calendar.create(company, appointment, service, customer));
    }

    public CalendarAnswer rescheduled(Company company, Appointment previous, Appointment replacement, Instant now) {
        return push(company, replacement, now, () -> calendar.reschedule(company, previous, replacement));
    }

    public CalendarAnswer cancelled(Company company, Appointment appointment, String reason, Instant now) {
        return push(company, appointment, now, () -> calendar.cancel(company, appointment, reason));
    }

    private CalendarAnswer push(
            Company company, Appointment appointment, Instant now, Supplier<CalendarAnswer> request) {
        CalendarSyncPolicy policy = calendar.policy();
        if (!policy.isExternal(company)) {
            return new CalendarAnswer.Accepted(null);
        }
        CalendarAnswer answer = request.get();
        if (answer instanceof CalendarAnswer.Accepted accepted) {
            save(company, appointment.markSynced(accepted.externalUid(), now));
        } else if (answer instanceof CalendarAnswer.Unavailable unavailable) {
            CalendarSyncPolicy.Next next = policy.afterUnavailable(appointment, unavailable, now);
            if (next instanceof CalendarSyncPolicy.Next.Retry retry) {
                jobs.syncAppointment(company.tenant(), appointment.id(), retry.at());
            } else if (next instanceof CalendarSyncPolicy.Next.GiveUp giveUp) {
                save(company, appointment.markConflict(giveUp.reason(), now));
            }
        } else if (answer instanceof CalendarAnswer.Rejected rejected) {
            save(company, appointment.markConflict("calendar refused: " + rejected.message(), now));
        }
        return answer;
    }

    private void save(Company company, Transition<Appointment> transition) {
        if (transition.changed()) {
            appointments.update(company.tenant(), transition.state());
        }
    }
}
