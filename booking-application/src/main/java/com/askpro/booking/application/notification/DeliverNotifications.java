package com.askpro.booking.application.notification;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.Companies;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.NotificationOutbox;
import com.askpro.booking.domain.port.NotificationPreferences;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.Service;
import com.askpro.booking.domain.tenant.Staff;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.RetryPolicy;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case (background): delivers the due messages of the outbox. Each claimed message is checked
 * against the booking as it is now — a confirmation or reschedule notice for an appointment that
 * no longer holds its time, a reminder for one that moved or was cancelled, a cancellation of a
 * booking that was never announced, and anything for a customer who opted out, are skipped — then
 * rendered in the company's language and handed to the mail server or SMS provider. A failure is
 * retried with the {@link RetryPolicy}'s backoff, then the message is dead (replayable). Logs name
 * ids and kinds only, never an address or a number.
 */
public final class DeliverNotifications {

    /** First retry after 15 s, then 30 s, 1 min, …: a short outage delays a message by under two minutes. */
    public static final RetryPolicy RETRIES = new RetryPolicy(10, Duration.ofSeconds(15), Duration.ofHours(1));
    /** How long a claimed message is held for one attempt before another instance may take it. */
    static final Duration LEASE = Duration.ofMinutes(2);

    static final int BATCH = 50;

    private static final System.Logger LOG = System.getLogger(DeliverNotifications.class.getName());

    private final NotificationOutbox outbox;
    private final NotificationPreferences preferences;
    private final Facts facts;
    private final EmailSender email;
    private final SmsSender sms;
    private final RetryPolicy retries;
    private final LiveUpdates live;
    private final Clock clock;

    /** {@code email} or {@code sms} null: that channel is not configured (its messages fail and end dead). */
    public DeliverNotifications(
            NotificationOutbox outbox,
            NotificationPreferences preferences,
            Appointments appointments,
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            EmailSender email,
            SmsSender sms,
            RetryPolicy retries,
            Clock clock) {
        this(
                outbox,
                preferences,
                appointments,
                companies,
                branches,
                services,
                staff,
                customers,
                email,
                sms,
                retries,
                null,
                clock);
    }

    /** As above; {@code live} (may be null) tells open dashboards when an appointment's message was sent or died. */
    public DeliverNotifications(
            NotificationOutbox outbox,
            NotificationPreferences preferences,
            Appointments appointments,
            Companies companies,
            Branches branches,
            Services services,
            StaffMembers staff,
            Customers customers,
            EmailSender email,
            SmsSender sms,
            RetryPolicy retries,
            LiveUpdates live,
            Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.facts = new Facts(appointments, companies, branches, services, staff, customers);
        this.email = email;
        this.sms = sms;
        this.retries = retries;
        this.live = live;
        this.clock = clock;
    }

    /** What happened to the messages of one run. */
    public record Result(int sent, int failed, int skipped) {
        public int total() {
            return sent + failed + skipped;
        }
    }

    /** Delivers what is due now (one batch); answers the counts. */
    public Result deliverDue() {
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (Notification notification : outbox.claimDue(clock.instant(), LEASE, BATCH)) {
            switch (deliver(notification)) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        return new Result(sent, failed, skipped);
    }

    private enum Ending {
        SENT,
        FAILED,
        SKIPPED
    }

    private Ending deliver(Notification notification) {
        Instant now = clock.instant();
        TenantContext tenant = TenantContext.of(notification.companyId());
        Optional<Message> message;
        try {
            Optional<String> skip = reasonToSkip(tenant, notification, now);
            if (skip.isPresent()) {
                store(notification.skipped(skip.get(), now));
                LOG.log(
                        Level.INFO,
                        "notification {0} ({1}/{2}) skipped: {3}",
                        notification.id(),
                        notification.kind(),
                        notification.channel(),
                        skip.get());
                return Ending.SKIPPED;
            }
            message = facts.message(
                    tenant,
                    notification,
                    email == null ? null : email.fromAddress(),
                    preferences.settings(tenant).replyTo(),
                    now);
        } catch (RuntimeException e) {
            return failed(
                    notification,
                    "preparing the message failed: " + e.getClass().getSimpleName(),
                    now);
        }
        if (message.isEmpty()) {
            store(notification.skipped("the booking's details are gone", now));
            return Ending.SKIPPED;
        }
        try {
            send(notification.channel(), message.get());
        } catch (DeliveryFailure e) {
            return failed(notification, e.getMessage(), now);
        } catch (RuntimeException e) {
            return failed(notification, "sending failed: " + e.getClass().getSimpleName(), now);
        }
        store(notification.sent(clock.instant()));
        tellDashboards(notification);
        LOG.log(
                Level.INFO,
                "notification {0} ({1}/{2}) sent after {3} attempt(s)",
                notification.id(),
                notification.kind(),
                notification.channel(),
                notification.attempts());
        return Ending.SENT;
    }

    private Ending failed(Notification notification, String error, Instant now) {
        Transition<Notification> failed = notification.failed(error, retries, now);
        store(failed);
        if (failed.state().status() == com.askpro.booking.domain.notification.NotificationStatus.DEAD) {
            tellDashboards(notification);
        }
        LOG.log(
                Level.WARNING,
                "notification {0} ({1}/{2}) attempt {3} failed{4}: {5}",
                notification.id(),
                notification.kind(),
                notification.channel(),
                notification.attempts(),
                failed.state().status() == com.askpro.booking.domain.notification.NotificationStatus.DEAD
                        ? ", now dead"
                        : "",
                error);
        return Ending.FAILED;
    }

    private void tellDashboards(Notification notification) {
        if (live != null) {
            live.publish(new LiveUpdates.Update(
                    TenantContext.of(notification.companyId()),
                    LiveUpdates.Kind.APPOINTMENT,
                    notification.appointmentId().value(),
                    clock.instant()));
        }
    }

    private void store(Transition<Notification> transition) {
        if (transition.changed()) {
            outbox.update(transition.state());
        }
    }

    private Optional<String> reasonToSkip(TenantContext tenant, Notification notification, Instant now) {
        if (notification.customerId() == null || !preferences.wantsNotifications(tenant, notification.customerId())) {
            return Optional.of("the customer opted out");
        }
        Optional<Appointment> found = facts.appointment(tenant, notification);
        if (found.isEmpty()) {
            return Optional.of("the appointment is gone");
        }
        Appointment appointment = found.get();
        return switch (notification.kind()) {
            case BOOKED, RESCHEDULED ->
                appointment.holdsTime()
                        ? Optional.empty()
                        : Optional.of("the appointment changed before the message went out");
            case REMINDER ->
                !appointment.holdsTime()
                        ? Optional.of("the appointment moved or was cancelled")
                        : appointment.slot().start().isAfter(now)
                                ? Optional.empty()
                                : Optional.of("the appointment has begun");
            case CANCELLED ->
                outbox.anySent(tenant, notification.bookingUid(), notification.channel())
                        ? Optional.empty()
                        : Optional.of("the booking was never announced on this channel");
        };
    }

    private void send(Channel channel, Message message) throws DeliveryFailure {
        switch (channel) {
            case EMAIL -> {
                if (email == null) {
                    throw new DeliveryFailure("no mail server is configured (ASKPRO_SMTP_URL)");
                }
                email.send(message.email());
            }
            case SMS -> {
                if (sms == null) {
                    throw new DeliveryFailure("no SMS provider is configured");
                }
                sms.send(message.sms());
            }
        }
    }

    /** A rendered message for one channel. */
    record Message(OutgoingEmail email, OutgoingSms sms) {}

    /** Reads the booking facts and renders the message. */
    static final class Facts {
        private final Appointments appointments;
        private final Companies companies;
        private final Branches branches;
        private final Services services;
        private final StaffMembers staff;
        private final Customers customers;

        Facts(
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

        Optional<Appointment> appointment(TenantContext tenant, Notification notification) {
            return appointments.find(tenant, notification.appointmentId());
        }

        Optional<Message> message(
                TenantContext tenant, Notification notification, String fromAddress, String replyTo, Instant now) {
            Optional<Appointment> found = appointment(tenant, notification);
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
            Optional<Customer> customer = appointment.customerId() == null
                    ? Optional.empty()
                    : customers.find(tenant, appointment.customerId());
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
                            new Message(
                                    new OutgoingEmail(
                                            notification.recipient(),
                                            company.get().name(),
                                            replyTo,
                                            texts.subject(kind, told),
                                            texts.emailBody(kind, told),
                                            kind == NotificationKind.REMINDER
                                                    ? null
                                                    : new CalendarInvite(
                                                            notification.bookingUid(),
                                                            notification.sequence(),
                                                            kind == NotificationKind.CANCELLED,
                                                            appointment.slot().start(),
                                                            appointment.slot().end(),
                                                            texts.summary(told),
                                                            told.business() + ", " + told.branch()
                                                                    + (told.address() == null
                                                                            ? ""
                                                                            : ", " + told.address()),
                                                            texts.emailBody(kind, told),
                                                            company.get().name(),
                                                            fromAddress,
                                                            customerName,
                                                            notification.recipient(),
                                                            now)),
                                    null);
                        case SMS -> new Message(null, new OutgoingSms(notification.recipient(), texts.sms(kind, told)));
                    });
        }
    }
}
