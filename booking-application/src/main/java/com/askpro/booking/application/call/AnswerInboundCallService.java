package com.askpro.booking.application.call;

import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.port.Phrasebook;
import com.askpro.booking.application.voiceagent.InboundCallRequest;
import com.askpro.booking.application.voiceagent.SignedAgentRequests;
import com.askpro.booking.application.voiceagent.VoiceAgentAuthenticator;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.port.WebhookInbox;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Implements {@link AnswerInboundCall}: verify, record the request in the webhook inbox, resolve
 * the called number, and describe the business, the bookable services and a known caller — for a
 * company's hotline number the company and its active branches instead of one branch.
 */
public final class AnswerInboundCallService implements AnswerInboundCall {

    private static final System.Logger LOG = System.getLogger(AnswerInboundCallService.class.getName());

    private final SignedAgentRequests requests;
    private final WebhookInbox inbox;
    private final TenantDirectory directory;
    private final Branches branches;
    private final Services services;
    private final Customers customers;
    private final Appointments appointments;
    private final Phrasebook phrasebook;
    private final ApplicationMetrics metrics;
    private final Clock clock;

    public AnswerInboundCallService(
            VoiceAgentAuthenticator authenticator,
            VoiceAgentPayloadReader reader,
            WebhookInbox inbox,
            TenantDirectory directory,
            Branches branches,
            Services services,
            Customers customers,
            Appointments appointments,
            Phrasebook phrasebook,
            ApplicationMetrics metrics,
            Clock clock) {
        this.requests = new SignedAgentRequests(authenticator, reader, metrics);
        this.inbox = inbox;
        this.directory = directory;
        this.branches = branches;
        this.services = services;
        this.customers = customers;
        this.appointments = appointments;
        this.phrasebook = phrasebook;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Answer answer(byte[] rawBody, String signatureHeader, String correlationId) {
        Instant now = clock.instant();
        SignedAgentRequests.Opened<InboundCallRequest> opened = requests.open(
                WebhookSource.RETELL_INBOUND, rawBody, signatureHeader, now, VoiceAgentPayloadReader::readInbound);
        if (opened instanceof SignedAgentRequests.Opened.Unauthenticated<InboundCallRequest>) {
            return new Answer.Unauthenticated();
        }
        if (opened instanceof SignedAgentRequests.Opened.Malformed<InboundCallRequest> malformed) {
            return new Answer.Malformed(malformed.message());
        }
        InboundCallRequest request = ((SignedAgentRequests.Opened.Verified<InboundCallRequest>) opened).payload();
        String key = "call_inbound:" + (request.callId() != null ? request.callId() : UUID.randomUUID());
        WebhookEvent event = WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.RETELL_INBOUND,
                key,
                "call_inbound",
                new String(rawBody, StandardCharsets.UTF_8),
                correlationId,
                now);
        boolean firstTime = inbox.store(event).isWritten();
        metrics.webhookReceived(WebhookSource.RETELL_INBOUND);
        Optional<TenantDirectory.Route> route = parse(request.toNumber()).flatMap(directory::route);
        if (route.isEmpty()) {
            metrics.unknownNumber();
            LOG.log(Level.WARNING, "inbound call to {0}: no tenant owns this number", request.toNumber());
            if (firstTime) {
                inbox.update(event.failed(
                                "no tenant owns the called number " + request.toNumber(),
                                true,
                                RetryPolicy.WEBHOOKS,
                                now)
                        .orElseThrow());
            }
            return new Answer.UnknownNumber(request.toNumber());
        }
        if (firstTime) {
            inbox.update(event.attributedTo(route.get().company().id())
                    .processed(now)
                    .orElseThrow());
        }
        return welcome(route.get(), parse(request.fromNumber()), now);
    }

    /**
     * A company's hotline: the company and a speakable list of its active branches instead of one
     * branch's hours; the caller chooses the branch during the call (docs/business-models.md).
     */
    private Answer.Welcome hotline(TenantDirectory.Route route, Optional<PhoneNumber> caller, Instant now) {
        Company company = route.company();
        TenantContext tenant = company.tenant();
        Phrasebook.Phrases speech = phrasebook.in(company.language());
        ZonedDateTime localNow = now.atZone(company.timeZone());
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
        variables.put("time_zone", company.timeZone().getId());
        variables.put("language", company.language().code());
        variables.put("today", localNow.toLocalDate().toString());
        variables.put("today_spoken", speech.date(localNow.toLocalDate()));
        variables.put(
                "now_time", localNow.toLocalTime().withSecond(0).withNano(0).toString());
        variables.put("opening_hours", speech.hoursPerBranch());
        variables.put("services", speech.services(List.copyOf(offered.values())));
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
        variables.put(
                "next_appointment_branch",
                next.flatMap(a -> active.stream()
                                .filter(b -> b.id().equals(a.branchId()))
                                .findFirst())
                        .map(Branch::name)
                        .orElse(""));
        return new Answer.Welcome(variables, Map.of("company_id", company.id().toString(), "hotline", "true"));
    }

    private Answer.Welcome welcome(TenantDirectory.Route route, Optional<PhoneNumber> caller, Instant now) {
        if (route.isHotline()) {
            return hotline(route, caller, now);
        }
        Company company = route.company();
        Branch branch = route.branch();
        TenantContext tenant = company.tenant();
        Phrasebook.Phrases speech = phrasebook.in(company.language());
        ZonedDateTime localNow = now.atZone(branch.timeZone());
        List<Service> offered = services.offeredAt(tenant, branch.id());
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("company_name", company.name());
        variables.put("branch_name", branch.name());
        variables.put("branch_id", branch.id().toString());
        variables.put("time_zone", branch.timeZone().getId());
        variables.put("language", company.language().code());
        variables.put("today", localNow.toLocalDate().toString());
        variables.put("today_spoken", speech.date(localNow.toLocalDate()));
        variables.put(
                "now_time", localNow.toLocalTime().withSecond(0).withNano(0).toString());
        variables.put("opening_hours", speech.openingHours(branch.workingHours()));
        variables.put("services", speech.services(offered));
        Optional<Customer> customer = caller.flatMap(number -> customers.findByPhone(tenant, number));
        variables.put("customer_known", Boolean.toString(customer.isPresent()));
        variables.put("customer_name", customer.flatMap(Customer::knownName).orElse(""));
        Optional<Appointment> next = customer.flatMap(
                c -> appointments.upcomingFor(tenant, c.id(), now).stream().findFirst());
        variables.put(
                "next_appointment",
                next.map(a -> speech.dateTime(a.slot().startIn(branch.timeZone())))
                        .orElse(""));
        variables.put(
                "next_appointment_service",
                next.flatMap(a -> offered.stream()
                                .filter(s -> s.id().equals(a.serviceId()))
                                .findFirst())
                        .map(Service::name)
                        .orElse(""));
        return new Answer.Welcome(
                variables,
                Map.of(
                        "company_id",
                        company.id().toString(),
                        "branch_id",
                        branch.id().toString()));
    }

    private static Optional<PhoneNumber> parse(String number) {
        try {
            return number == null ? Optional.empty() : Optional.of(PhoneNumber.parse(number));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
