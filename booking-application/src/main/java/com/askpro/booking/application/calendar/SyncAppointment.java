package com.askpro.booking.application.calendar;

import com.askpro.booking.application.port.CorrelationContext;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.appointment.SyncStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.BackgroundJobs;
import com.askpro.booking.domain.port.CalendarProvider.CalendarAnswer;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.TenantContext;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case (background): pushes an appointment whose external-calendar sync is pending. Creates,
 * moves or cancels it there as its state requires; an unreachable calendar is retried as the
 * {@link CalendarSyncPolicy} says (its {@code retryAfter}, else 30 s) until the appointment starts, a refusal (e.g. the time was taken there meanwhile) flags it for
 * staff as {@code CONFLICT}. Nothing is dropped silently.
 */
public final class SyncAppointment {

    private static final System.Logger LOG = System.getLogger(SyncAppointment.class.getName());

    private final Companies companies;
    private final Appointments appointments;
    private final Services services;
    private final Customers customers;
    private final CalendarSelector calendar;
    private final BackgroundJobs jobs;
    private final LiveUpdates liveUpdates;
    private final Clock clock;
    private final CorrelationContext correlation;

    public SyncAppointment(
            Companies companies,
            Appointments appointments,
            Services services,
            Customers customers,
            CalendarSelector calendar,
            BackgroundJobs jobs,
            LiveUpdates liveUpdates,
            Clock clock) {
        this(companies, appointments, services, customers, calendar, jobs, liveUpdates, clock, CorrelationContext.NONE);
    }

    /** As above; {@code correlation} makes the appointment's call current while it is pushed (its timeline shows the push). */
    public SyncAppointment(
            Companies companies,
            Appointments appointments,
            Services services,
            Customers customers,
            CalendarSelector calendar,
            BackgroundJobs jobs,
            LiveUpdates liveUpdates,
            Clock clock,
            CorrelationContext correlation) {
        this.correlation = correlation;
        this.companies = companies;
        this.appointments = appointments;
        this.services = services;
        this.customers = customers;
        this.calendar = calendar;
        this.jobs = jobs;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    public void sync(TenantContext tenant, AppointmentId id) {
        Optional<Appointment> found = appointments.find(tenant, id);
        Optional<Company> company = companies.find(tenant.companyId());
        if (found.isEmpty() || company.isEmpty() || found.get().syncStatus() != SyncStatus.PENDING) {
            return;
        }
        Appointment appointment = found.get();
        Instant now = clock.instant();
        CalendarSyncPolicy policy = calendar.policy();
        if (!policy.isExternal(company.get())) {
            save(tenant, appointment.markSynced(null, now));
            return;
        }
        CalendarAnswer answer;
        try (CorrelationContext.Scope forCall = correlation.forCall(appointment.sourceCallId())) {
            answer = push(company.get(), appointment);
        }
        if (answer instanceof CalendarAnswer.Accepted accepted) {
            save(tenant, appointment.markSynced(accepted.externalUid(), now));
        } else if (answer instanceof CalendarAnswer.Unavailable unavailable) {
            CalendarSyncPolicy.Next next = policy.afterUnavailable(appointment, unavailable, now);
            if (next instanceof CalendarSyncPolicy.Next.Retry retry) {
                jobs.syncAppointment(tenant, id, retry.at());
            } else if (next instanceof CalendarSyncPolicy.Next.GiveUp giveUp) {
                save(tenant, appointment.markConflict(giveUp.reason(), now));
            }
        } else {
            String why = answer instanceof CalendarAnswer.Rejected rejected
                    ? rejected.message()
                    : "time taken in the calendar";
            LOG.log(Level.WARNING, "calendar refused appointment {0}: {1}", id, why);
            save(tenant, appointment.markConflict("calendar refused: " + why, now));
        }
    }

    private CalendarAnswer push(Company company, Appointment appointment) {
        if (appointment.status() == AppointmentStatus.CANCELLED) {
            return appointment.externalUid() == null
                    ? new CalendarAnswer.Accepted(null)
                    : calendar.cancel(company, appointment, appointment.statusReason());
        }
        if (appointment.status() == AppointmentStatus.RESCHEDULED) {
            return new CalendarAnswer.Accepted(appointment.externalUid());
        }
        Optional<Appointment> previous = Optional.ofNullable(appointment.rescheduledFrom())
                .flatMap(from -> appointments.find(company.tenant(), from))
                .filter(p -> p.externalUid() != null);
        if (appointment.externalUid() == null && previous.isPresent()) {
            return calendar.reschedule(company, previous.get(), appointment);
        }
        if (appointment.externalUid() != null) {
            return new CalendarAnswer.Accepted(appointment.externalUid());
        }
        Service service =
                services.find(company.tenant(), appointment.serviceId()).orElseThrow();
        Customer customer =
                customers.find(company.tenant(), appointment.customerId()).orElseThrow();
        // A pending create in the background always follows an attempt whose outcome is unknown (or none).
        return calendar.createAgain(company, appointment, service, customer);
    }

    private void save(TenantContext tenant, Transition<Appointment> transition) {
        if (transition.changed()) {
            appointments.update(tenant, transition.state());
            liveUpdates.publish(new LiveUpdates.Update(
                    tenant,
                    LiveUpdates.Kind.APPOINTMENT,
                    transition.state().id().value(),
                    clock.instant()));
        }
    }
}
