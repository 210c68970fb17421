package com.askpro.booking.application.notification;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the facts of the booking a message announces (business, branch and address, service,
 * staff, customer, local time) and renders the message in the company's language: an e-mail with
 * its calendar invitation ({@link CalendarInvites}), or an SMS. Empty when the booking's details
 * are gone.
 */
final class MessageComposer {

    private final Appointments appointments;
    private final Companies companies;
    private final Branches branches;
    private final Services services;
    private final StaffMembers staff;
    private final Customers customers;

    MessageComposer(
            Appointments appointments,
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers) {
        this.appointments = appointments;
        this.companies = companies;
        this.branches = branches;
        this.services = services;
        this.staff = staff;
        this.customers = customers;
    }

    /** {@code notification} rendered for its channel; {@code fromAddress} and {@code replyTo} may be null. */
    Optional<RenderedMessage> compose(
            TenantContext tenant, Notification notification, String fromAddress, String replyTo, Instant now) {
        Optional<Appointment> found = appointments.find(tenant, notification.appointmentId());
        Optional<Company> company = companies.find(notification.companyId());
        if (found.isEmpty() || company.isEmpty()) {
            return Optional.empty();
        }
        Appointment appointment = found.get();
        Optional<Branch> branch = branches.find(tenant, appointment.branchId());
        Optional<Service> service = services.find(tenant, appointment.serviceId());
        if (branch.isEmpty() || service.isEmpty()) {
            return Optional.empty();
        }
        String staffName = appointment
                .staff()
                .flatMap(id -> staff.find(tenant, id))
                .map(Staff::name)
                .orElse(null);
        Optional<Customer> customer =
                appointment.customerId() == null ? Optional.empty() : customers.find(tenant, appointment.customerId());
        String customerName = customer.map(Customer::name).orElse(null);
        MessageTexts texts = new MessageTexts(company.get().language());
        MessageTexts.Facts told = new MessageTexts.Facts(
                company.get().name(),
                branch.get().name(),
                branch.get().address(),
                service.get().name(),
                staffName,
                customerName,
                appointment.slot().start().atZone(appointment.zone()),
                appointment.slot().end().atZone(appointment.zone()));
        NotificationKind kind = notification.kind();
        return Optional.of(
                switch (notification.channel()) {
                    case EMAIL ->
                        new RenderedMessage(
                                new OutgoingEmail(
                                        notification.recipient(),
                                        company.get().name(),
                                        replyTo,
                                        texts.subject(kind, told),
                                        texts.emailBody(kind, told),
                                        CalendarInvites.of(notification, appointment, texts, told, fromAddress, now)),
                                null);
                    case SMS ->
                        new RenderedMessage(null, new OutgoingSms(notification.recipient(), texts.sms(kind, told)));
                });
    }
}
