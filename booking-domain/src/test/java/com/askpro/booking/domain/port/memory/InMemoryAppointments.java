package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.port.Appointments;
import com.askpro.booking.domain.port.Page;
import com.askpro.booking.domain.port.PageRequest;
import com.askpro.booking.domain.port.WriteOutcome;
import com.askpro.booking.domain.tenant.BranchId;
import com.askpro.booking.domain.tenant.ServiceId;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.time.TimeSlot;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * In memory: appointments under the port's two guarantees, checked and written under the store's
 * one lock — no two appointments holding time overlap on one resource (their blocked times), and
 * no customer holds two whose slots overlap. A reschedule is all or nothing. The messages a write
 * carries go into the outbox ({@link InMemoryNotificationOutbox}) with it, or not at all.
 */
final class InMemoryAppointments implements Appointments {

    private static final Comparator<Appointment> BY_START =
            Comparator.comparing((Appointment a) -> a.slot().start()).thenComparing(a -> a.id().value());

    private final InMemoryPorts store;

    InMemoryAppointments(InMemoryPorts store) {
        this.store = store;
    }

    /** The notices of a write belong to its tenant (checked before anything is written). */
    private static void requireOwned(TenantContext tenant, List<Notification> notices) {
        notices.forEach(notice -> Tenancy.requireOwned(tenant, notice.companyId()));
    }

    @Override
    public WriteOutcome<Appointment> add(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        requireOwned(tenant, notices);
        Tenancy.requireOwned(tenant, appointment.companyId());
        synchronized (store.lock) {
            Optional<WriteOutcome<Appointment>> refused = refusal(appointment);
            if (refused.isPresent()) {
                return refused.get();
            }
            store.appointments.put(appointment.id(), appointment);
            InMemoryNotificationOutbox.insert(store, tenant, notices);
            return new WriteOutcome.Written<>(appointment);
        }
    }

    @Override
    public WriteOutcome<Appointment> replace(
            TenantContext tenant, Appointment previous, Appointment replacement, List<Notification> notices) {
        requireOwned(tenant, notices);
        Tenancy.requireOwned(tenant, previous.companyId());
        Tenancy.requireOwned(tenant, replacement.companyId());
        synchronized (store.lock) {
            Appointment stored = store.appointments.get(previous.id());
            if (stored == null || !tenant.owns(stored.companyId()) || stored.version() != previous.version()) {
                return new WriteOutcome.VersionConflict<>();
            }
            store.appointments.put(previous.id(), advanced(previous));
            Optional<WriteOutcome<Appointment>> refused = refusal(replacement);
            if (refused.isPresent()) {
                store.appointments.put(previous.id(), stored);
                return refused.get();
            }
            store.appointments.put(replacement.id(), replacement);
            InMemoryNotificationOutbox.insert(store, tenant, notices);
            return new WriteOutcome.Written<>(replacement);
        }
    }

    @Override
    public WriteOutcome<Appointment> update(TenantContext tenant, Appointment appointment, List<Notification> notices) {
        requireOwned(tenant, notices);
        Tenancy.requireOwned(tenant, appointment.companyId());
        synchronized (store.lock) {
            Appointment stored = store.appointments.get(appointment.id());
            if (stored == null || !tenant.owns(stored.companyId()) || stored.version() != appointment.version()) {
                return new WriteOutcome.VersionConflict<>();
            }
            Appointment advanced = advanced(appointment);
            store.appointments.put(appointment.id(), advanced);
            InMemoryNotificationOutbox.insert(store, tenant, notices);
            return new WriteOutcome.Written<>(advanced);
        }
    }

    @Override
    public Optional<Appointment> find(TenantContext tenant, AppointmentId id) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.appointments.get(id)).filter(a -> tenant.owns(a.companyId()));
        }
    }

    @Override
    public Optional<Appointment> findByExternalUid(TenantContext tenant, String externalUid) {
        return select(
                        tenant,
                        a -> externalUid.equals(a.externalUid()),
                        Comparator.comparing(Appointment::createdAt).reversed().thenComparing(a -> a.id().value()))
                .findFirst();
    }

    @Override
    public List<Appointment> holdingTime(TenantContext tenant, BranchId branch, TimeSlot window) {
        return select(
                        tenant,
                        a -> a.holdsTime()
                                && a.branchId().equals(branch)
                                && a.blockedTime().overlaps(window),
                        BY_START)
                .toList();
    }

    @Override
    public List<Appointment> upcomingFor(TenantContext tenant, CustomerId customer, Instant now) {
        return select(
                        tenant,
                        a -> a.holdsTime()
                                && customer.equals(a.customerId())
                                && a.slot().end().isAfter(now),
                        BY_START)
                .toList();
    }

    @Override
    public Optional<Appointment> bookedByCall(TenantContext tenant, CallId call, ServiceId service, Instant start) {
        return select(
                        tenant,
                        a -> a.holdsTime()
                                && call.equals(a.sourceCallId())
                                && service.equals(a.serviceId())
                                && a.slot().start().equals(start),
                        Comparator.comparing(Appointment::createdAt).thenComparing(a -> a.id().value()))
                .findFirst();
    }

    @Override
    public Page<Appointment> list(TenantContext tenant, Query query, PageRequest page) {
        List<Appointment> sorted = select(
                        tenant,
                        a -> (query.branch() == null || query.branch().equals(a.branchId()))
                                && (query.status() == null || query.status() == a.status())
                                && (query.startsFrom() == null
                                        || !a.slot().start().isBefore(query.startsFrom()))
                                && (query.startsBefore() == null
                                        || a.slot().start().isBefore(query.startsBefore())),
                        BY_START)
                .toList();
        return Pages.of(sorted, a -> a.id().value(), page);
    }

    /** Why {@code appointment} may not be stored now, if it may not; called with the lock held. */
    private Optional<WriteOutcome<Appointment>> refusal(Appointment appointment) {
        if (!appointment.holdsTime()) {
            return Optional.empty();
        }
        Optional<Appointment> own = store.appointments.values().stream()
                .filter(a -> a.holdsTime()
                        && a.companyId().equals(appointment.companyId())
                        && a.customerId() != null
                        && a.customerId().equals(appointment.customerId())
                        && a.slot().overlaps(appointment.slot()))
                .min(BY_START);
        if (own.isPresent()) {
            return Optional.of(new WriteOutcome.CustomerOverlap<>(own.get().id()));
        }
        boolean taken = store.appointments.values().stream()
                .anyMatch(a -> a.holdsTime()
                        && a.companyId().equals(appointment.companyId())
                        && a.resource().equals(appointment.resource())
                        && a.blockedTime().overlaps(appointment.blockedTime()));
        return taken ? Optional.of(new WriteOutcome.SlotTaken<>()) : Optional.empty();
    }

    private Stream<Appointment> select(
            TenantContext tenant, Predicate<Appointment> filter, Comparator<Appointment> order) {
        synchronized (store.lock) {
            return store.appointments.values().stream()
                    .filter(a -> tenant.owns(a.companyId()))
                    .filter(filter)
                    .sorted(order)
                    .toList()
                    .stream();
        }
    }

    private static Appointment advanced(Appointment a) {
        return new Appointment(
                a.id(),
                a.companyId(),
                a.branchId(),
                a.serviceId(),
                a.staffId(),
                a.customerId(),
                a.slot(),
                a.buffer(),
                a.zone(),
                a.status(),
                a.syncStatus(),
                a.externalUid(),
                a.sourceCallId(),
                a.rescheduledFrom(),
                a.notes(),
                a.statusReason(),
                a.version() + 1,
                a.createdAt(),
                a.updatedAt(),
                a.attendance());
    }
}
