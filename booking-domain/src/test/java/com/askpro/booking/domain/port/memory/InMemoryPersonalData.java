package com.askpro.booking.domain.port.memory;

import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.AppointmentActions;
import com.askpro.booking.domain.port.PersonalData;
import com.askpro.booking.domain.tenant.TenantContext;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * In memory: one person's data across the store the other in-memory adapters share (customers,
 * calls, appointments and the reasons given with the dashboard's actions on them), for one tenant,
 * in one step under the store's lock, and the raw bodies of the in-memory inbox's events about
 * them (replaced by {@link #ERASED_BODY}, as on the database).
 */
final class InMemoryPersonalData implements PersonalData {

    /** What an erased raw webhook body is replaced with. */
    static final String ERASED_BODY = "{\"erased\":true}";

    private final InMemoryPorts store;

    InMemoryPersonalData(InMemoryPorts store) {
        this.store = store;
    }

    @Override
    public Export export(TenantContext tenant, PhoneNumber phone) {
        synchronized (store.lock) {
            Optional<Customer> customer = customerOf(tenant, phone);
            List<Appointment> appointments = customer.isEmpty()
                    ? List.of()
                    : store.appointments.values().stream()
                            .filter(a -> tenant.owns(a.companyId())
                                    && customer.get().id().equals(a.customerId()))
                            .sorted(Comparator.comparing(
                                            (Appointment a) -> a.slot().start())
                                    .thenComparing(a -> a.id().value()))
                            .toList();
            return new Export(customer, appointments, callsOf(tenant, phone, customer));
        }
    }

    @Override
    public Erased erase(TenantContext tenant, PhoneNumber phone) {
        synchronized (store.lock) {
            Optional<Customer> customer = customerOf(tenant, phone);
            int calls = 0;
            int events = 0;
            for (Call call : callsOf(tenant, phone, customer)) {
                if (hasPersonalFields(call) || call.customerId() != null) {
                    store.calls.put(call.id(), erased(call, true));
                    calls++;
                }
                String id = call.agentCallId();
                events +=
                        eraseBodies(tenant, key -> key.endsWith(":" + id) || key.contains(":" + id + ":"), Instant.MAX);
            }
            int appointments = 0;
            if (customer.isPresent()) {
                for (Appointment a : List.copyOf(store.appointments.values())) {
                    if (tenant.owns(a.companyId()) && customer.get().id().equals(a.customerId())) {
                        if (a.externalUid() != null) {
                            String uid = a.externalUid();
                            events += eraseBodies(tenant, key -> key.contains(uid), Instant.MAX);
                        }
                        store.appointments.put(a.id(), withoutPerson(a));
                        forgetReasons(tenant, a);
                        appointments++;
                    }
                }
                // Messages to the customer hold their address: the outbox forgets them (unsent ones are not sent).
                store.notifications
                        .values()
                        .removeIf(n -> tenant.owns(n.companyId())
                                && customer.get().id().equals(n.customerId()));
                store.customers.remove(customer.get().id());
            }
            return new Erased(customer.isPresent() ? 1 : 0, calls, appointments, events);
        }
    }

    @Override
    public Purged purge(TenantContext tenant, Instant cutoff) {
        synchronized (store.lock) {
            int calls = 0;
            if (tenant != null) {
                for (Call call : List.copyOf(store.calls.values())) {
                    if (tenant.owns(call.companyId()) && call.createdAt().isBefore(cutoff) && hasPersonalFields(call)) {
                        store.calls.put(call.id(), erased(call, false));
                        calls++;
                    }
                }
            }
            return new Purged(calls, eraseBodies(tenant, key -> true, cutoff));
        }
    }

    /**
     * Replaces the raw bodies of the events of {@code tenant} (null: the events no tenant owns) whose
     * key matches and that were received before {@code before}; answers how many changed.
     */
    private int eraseBodies(TenantContext tenant, Predicate<String> key, Instant before) {
        int changed = 0;
        for (Map.Entry<WebhookEventId, InMemoryWebhooks.Stored> each : store.webhooks.entrySet()) {
            WebhookEvent e = each.getValue().event();
            boolean owner =
                    tenant == null ? e.companyId() == null : e.companyId() != null && tenant.owns(e.companyId());
            if (owner
                    && e.receivedAt().isBefore(before)
                    && !ERASED_BODY.equals(e.rawBody())
                    && key.test(e.eventKey())) {
                WebhookEvent erased = new WebhookEvent(
                        e.id(),
                        e.source(),
                        e.eventKey(),
                        e.eventType(),
                        ERASED_BODY,
                        e.correlationId(),
                        e.companyId(),
                        e.status(),
                        e.attempts(),
                        e.receivedAt(),
                        e.nextAttemptAt(),
                        e.lastError(),
                        e.processedAt(),
                        e.callId());
                InMemoryWebhooks.Stored s = each.getValue();
                each.setValue(new InMemoryWebhooks.Stored(erased, s.received(), s.leaseOwner(), s.leaseUntil()));
                changed++;
            }
        }
        return changed;
    }

    private Optional<Customer> customerOf(TenantContext tenant, PhoneNumber phone) {
        return store.customers.values().stream()
                .filter(c -> tenant.owns(c.companyId()) && c.phone().equals(phone))
                .findFirst();
    }

    /** The tenant's calls from {@code phone} or linked to {@code customer}, newest first. */
    private List<Call> callsOf(TenantContext tenant, PhoneNumber phone, Optional<Customer> customer) {
        return store.calls.values().stream()
                .filter(c -> tenant.owns(c.companyId()))
                .filter(c -> phone.equals(c.from())
                        || (c.customerId() != null
                                && customer.isPresent()
                                && customer.get().id().equals(c.customerId())))
                .sorted(Comparator.comparing(Call::createdAt)
                        .thenComparing(c -> c.id().value())
                        .reversed())
                .toList();
    }

    private static boolean hasPersonalFields(Call call) {
        CallFacts f = call.facts();
        return call.from() != null
                || f.transcript() != null
                || f.recordingUrl() != null
                || f.summary() != null
                || f.customAnalysisJson() != null;
    }

    /** The call without its caller's number, transcript, recording, summary, custom analysis (and customer link). */
    private static Call erased(Call call, boolean unlinkCustomer) {
        CallFacts f = call.facts();
        CallFacts kept = new CallFacts(
                f.startedAt(),
                f.endedAt(),
                f.durationMs(),
                f.disconnectionReason(),
                null,
                null,
                null,
                f.sentiment(),
                f.successful(),
                null,
                f.costCents());
        return new Call(
                call.id(),
                call.companyId(),
                call.branchId(),
                call.agentCallId(),
                call.direction(),
                null,
                call.to(),
                call.status(),
                kept,
                unlinkCustomer ? null : call.customerId(),
                call.appointmentIds(),
                call.version() + 1,
                call.createdAt(),
                call.updatedAt());
    }

    /** The reasons recorded with the dashboard's actions on {@code appointment} (the actions stay). */
    private void forgetReasons(TenantContext tenant, Appointment appointment) {
        store.appointmentActions.replaceAll(owned -> {
            AppointmentActions.Entry e = owned.value();
            if (!tenant.owns(owned.company()) || !e.appointment().equals(appointment.id()) || e.details() == null) {
                return owned;
            }
            return new InMemoryPorts.Owned<>(
                    owned.company(),
                    new AppointmentActions.Entry(e.appointment(), e.action(), e.actor(), null, e.at()));
        });
    }

    /** The appointment without its notes, status reason and customer link: its times and status stay in the figures. */
    private static Appointment withoutPerson(Appointment a) {
        return new Appointment(
                a.id(),
                a.companyId(),
                a.branchId(),
                a.serviceId(),
                a.staffId(),
                null,
                a.slot(),
                a.buffer(),
                a.zone(),
                a.status(),
                a.syncStatus(),
                a.externalUid(),
                a.sourceCallId(),
                a.rescheduledFrom(),
                null,
                null,
                a.version() + 1,
                a.createdAt(),
                a.updatedAt(),
                a.attendance());
    }
}
