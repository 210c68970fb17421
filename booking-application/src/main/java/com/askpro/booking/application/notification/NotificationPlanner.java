package com.askpro.booking.application.notification;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.notification.NotificationSettings;
import com.askpro.booking.domain.notification.SmsReachability;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.NotificationPreferences;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which messages announce a booking outcome: to whom, on which channel, and when the
 * reminder goes out. E-mail when the customer has an address, SMS when the company enables it and
 * the customer's number is a mobile one; nothing for a customer who opted out. A booking and a
 * reschedule also plan the reminder (the company's {@code reminder_hours} before the start, when
 * that lies ahead). The calendar UID of a booking is the id of the first appointment of its
 * reschedule chain, so it stays the same across reschedules; the sequence counts the changes.
 */
public final class NotificationPlanner {

    /** Longest reschedule chain followed to its first appointment. */
    private static final int MAX_CHAIN = 100;

    static final String UID_DOMAIN = "@askpro-booking";

    private final Customers customers;
    private final NotificationPreferences preferences;
    private final Set<Channel> channels;

    /** {@code channels}: the channels this installation can deliver on (configured mail server, SMS provider). */
    public NotificationPlanner(Customers customers, NotificationPreferences preferences, Set<Channel> channels) {
        this.customers = customers;
        this.preferences = preferences;
        this.channels = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
    }

    /** The messages that announce {@code change} of {@code appointment}; {@code chain} reads earlier appointments of a reschedule chain. */
    public List<Notification> plan(
            TenantContext tenant, Appointments chain, Appointment appointment, NotificationKind change, Instant now) {
        if (channels.isEmpty() || appointment.customerId() == null) {
            return List.of();
        }
        if (change == NotificationKind.CANCELLED && appointment.status() != AppointmentStatus.CANCELLED) {
            return List.of();
        }
        if ((change == NotificationKind.BOOKED || change == NotificationKind.RESCHEDULED) && !appointment.holdsTime()) {
            return List.of();
        }
        Optional<Customer> found = customers.find(tenant, appointment.customerId());
        if (found.isEmpty() || !preferences.wantsNotifications(tenant, appointment.customerId())) {
            return List.of();
        }
        Customer customer = found.get();
        NotificationSettings settings = preferences.settings(tenant);
        Chain position = chainOf(tenant, chain, appointment);
        int sequence = change == NotificationKind.CANCELLED ? position.sequence() + 1 : position.sequence();
        List<Notification> notices = new ArrayList<>();
        for (Channel channel : channels) {
            Optional<String> recipient = recipient(customer, channel, settings);
            if (recipient.isEmpty()) {
                continue;
            }
            notices.add(Notification.plan(
                    appointment.companyId(),
                    appointment.id(),
                    customer.id(),
                    position.uid(),
                    sequence,
                    change,
                    channel,
                    recipient.get(),
                    now,
                    now));
            if (change == NotificationKind.BOOKED || change == NotificationKind.RESCHEDULED) {
                reminderTime(appointment, settings, now)
                        .ifPresent(at -> notices.add(Notification.plan(
                                appointment.companyId(),
                                appointment.id(),
                                customer.id(),
                                position.uid(),
                                position.sequence(),
                                NotificationKind.REMINDER,
                                channel,
                                recipient.get(),
                                at,
                                now)));
            }
        }
        return List.copyOf(notices);
    }

    /** When the reminder of {@code appointment} goes out: {@code reminder_hours} before it, if that is still ahead. */
    static Optional<Instant> reminderTime(Appointment appointment, NotificationSettings settings, Instant now) {
        Optional<Duration> lead = settings.reminderLead();
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        Instant at = appointment.slot().start().minus(lead.get());
        return at.isAfter(now) ? Optional.of(at) : Optional.empty();
    }

    private static Optional<String> recipient(Customer customer, Channel channel, NotificationSettings settings) {
        return switch (channel) {
            case EMAIL -> Optional.ofNullable(customer.email());
            case SMS ->
                settings.smsEnabled() && SmsReachability.canReceiveSms(customer.phone())
                        ? Optional.of(customer.phone().e164())
                        : Optional.empty();
        };
    }

    /** Where an appointment stands in its reschedule chain. */
    record Chain(String uid, int sequence) {}

    static Chain chainOf(TenantContext tenant, Appointments appointments, Appointment appointment) {
        Appointment first = appointment;
        int hops = 0;
        while (first.rescheduledFrom() != null && hops < MAX_CHAIN) {
            Optional<Appointment> earlier = appointments.find(tenant, first.rescheduledFrom());
            hops++;
            if (earlier.isEmpty()) {
                return new Chain(first.rescheduledFrom() + UID_DOMAIN, hops);
            }
            first = earlier.get();
        }
        return new Chain(first.id() + UID_DOMAIN, hops);
    }
}
