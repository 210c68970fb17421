package com.askpro.booking.application.call;

import com.askpro.booking.application.port.Phrasebook;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For {@link AnswerInboundCallService}: the welcome of a resolved call — the dynamic variables the
 * agent starts with (the business, its hours and bookable services, a known caller and their next
 * appointment) and the call's metadata. For a company's hotline number the company and a speakable
 * list of its active branches instead of one branch (docs/business-models.md).
 */
final class InboundWelcome {

    private final Branches branches;
    private final Services services;
    private final Customers customers;
    private final Appointments appointments;
    private final Phrasebook phrasebook;

    InboundWelcome(
            Branches branches,
            Services services,
            Customers customers,
            Appointments appointments,
            Phrasebook phrasebook) {
        this.branches = branches;
        this.services = services;
        this.customers = customers;
        this.appointments = appointments;
        this.phrasebook = phrasebook;
    }

    /** The welcome for a call to {@code route}'s number from {@code caller} (empty: withheld or unreadable). */
    AnswerInboundCall.Answer.Welcome of(TenantDirectory.Route route, Optional<PhoneNumber> caller, Instant now) {
        return route.isHotline() ? hotline(route, caller, now) : branch(route, caller, now);
    }

    /**
     * A company's hotline: the company and a speakable list of its active branches instead of one
     * branch's hours; the caller chooses the branch during the call (docs/business-models.md).
     */
    private AnswerInboundCall.Answer.Welcome hotline(
            TenantDirectory.Route route, Optional<PhoneNumber> caller, Instant now) {
        Company company = route.company();
        TenantContext tenant = company.tenant();
        Phrasebook.Phrases speech = phrasebook.in(company.language());
        List<Branch> active = branches.list(tenant).stream()
                .filter(Branch::active)
                .sorted(Comparator.comparing(Branch::name))
                .toList();
        Map<String, Service> offered = new LinkedHashMap<>();
        for (Branch branch : active) {
            services.offeredAt(tenant, branch.id()).forEach(service -> offered.putIfAbsent(service.name(), service));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("company_name", company.name());
        variables.put("hotline", "true");
        variables.put("branch_name", "");
        variables.put("branch_id", "");
        variables.put("branches", speech.branches(active));
        variables.put(
                "branch_names",
                String.join(", ", active.stream().map(Branch::name).toList()));
        variables.put("branch_count", Integer.toString(active.size()));
        putClock(variables, company, company.timeZone(), speech, now);
        variables.put("opening_hours", speech.hoursPerBranch());
        variables.put("services", speech.services(List.copyOf(offered.values())));
        Optional<Appointment> next = putCaller(variables, tenant, caller, speech, now);
        variables.put(
                "next_appointment_branch",
                next.flatMap(a -> active.stream()
                                .filter(b -> b.id().equals(a.branchId()))
                                .findFirst())
                        .map(Branch::name)
                        .orElse(""));
        return new AnswerInboundCall.Answer.Welcome(
                variables, Map.of("company_id", company.id().toString(), "hotline", "true"));
    }

    private AnswerInboundCall.Answer.Welcome branch(
            TenantDirectory.Route route, Optional<PhoneNumber> caller, Instant now) {
        Company company = route.company();
        Branch branch = route.branch();
        TenantContext tenant = company.tenant();
        Phrasebook.Phrases speech = phrasebook.in(company.language());
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("company_name", company.name());
        variables.put("branch_name", branch.name());
        variables.put("branch_id", branch.id().toString());
        putClock(variables, company, branch.timeZone(), speech, now);
        variables.put("opening_hours", speech.openingHours(branch.workingHours()));
        variables.put("services", speech.services(services.offeredAt(tenant, branch.id())));
        putCaller(variables, tenant, caller, speech, now);
        return new AnswerInboundCall.Answer.Welcome(
                variables,
                Map.of(
                        "company_id",
                        company.id().toString(),
                        "branch_id",
                        branch.id().toString()));
    }

    /** Where and when the call happens: the time zone, the language, today and the time now there. */
    private static void putClock(
            Map<String, String> variables, Company company, ZoneId zone, Phrasebook.Phrases speech, Instant now) {
        ZonedDateTime localNow = now.atZone(zone);
        variables.put("time_zone", zone.getId());
        variables.put("language", company.language().code());
        variables.put("today", localNow.toLocalDate().toString());
        variables.put("today_spoken", speech.date(localNow.toLocalDate()));
        variables.put(
                "now_time", localNow.toLocalTime().withSecond(0).withNano(0).toString());
    }

    /**
     * Who is calling, if the business knows the number: their name and their next appointment (its
     * time said in the appointment's own zone, and its service). Answers that appointment.
     */
    private Optional<Appointment> putCaller(
            Map<String, String> variables,
            TenantContext tenant,
            Optional<PhoneNumber> caller,
            Phrasebook.Phrases speech,
            Instant now) {
        Optional<Customer> customer = caller.flatMap(number -> customers.findByPhone(tenant, number));
        variables.put("customer_known", Boolean.toString(customer.isPresent()));
        variables.put("customer_name", customer.flatMap(Customer::knownName).orElse(""));
        Optional<Appointment> next = customer.flatMap(
                c -> appointments.upcomingFor(tenant, c.id(), now).stream().findFirst());
        variables.put(
                "next_appointment",
                next.map(a -> speech.dateTime(a.slot().startIn(a.zone()))).orElse(""));
        variables.put(
                "next_appointment_service",
                next.flatMap(a -> services.find(tenant, a.serviceId()))
                        .map(Service::name)
                        .orElse(""));
        return next;
    }
}
