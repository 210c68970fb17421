package com.askpro.booking.application.call;

import com.askpro.booking.application.voiceagent.AgentCall;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.port.Customers;
import com.askpro.booking.domain.port.LiveUpdates;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Use case: fold one call event of the voice-agent platform into the right tenant's {@link Call}. The tenant and branch
 * come from the business's number (the called number for inbound calls), normalised; an unknown
 * number is never attributed to anyone. The call is found by the platform's call id or registered, the
 * event applied by the forward-only state machine, the caller's customer linked, and open
 * dashboards told. Concurrent events for one call are serialised by the call's version.
 */
public final class RecordCallEvent {

    private final TenantDirectory directory;
    private final CallRegistry registry;
    private final Customers customers;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    public RecordCallEvent(
            TenantDirectory directory, Calls calls, Customers customers, LiveUpdates liveUpdates, Clock clock) {
        this.directory = directory;
        this.registry = new CallRegistry(calls);
        this.customers = customers;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /** How recording ended. */
    public sealed interface Outcome {
        /** Applied (or already reflected) on a call of {@code company}. */
        record Recorded(CompanyId company, Call call) implements Outcome {}

        /** Can never be recorded (unknown number, unusable payload): retrying will not help. */
        record Unprocessable(String reason) implements Outcome {}
    }

    public Outcome record(AgentCallEvent event) {
        Placement placement = place(event);
        if (!(placement instanceof Placement.Owned owned)) {
            return new Outcome.Unprocessable(((Placement.Unowned) placement).reason());
        }
        TenantContext tenant = owned.tenant();
        Instant now = clock.instant();
        Optional<Call> registered = registry.findOrRegister(
                tenant, owned.route(), event.call().callId(), owned.direction(), owned.from(), owned.to(), now);
        if (registered.isEmpty()) {
            return new Outcome.Unprocessable("the call id is registered by another tenant");
        }
        Call call = registered.get();
        Optional<Call> updated =
                registry.update(tenant, call, current -> linkCustomer(tenant, apply(current, event, now), now));
        updated.ifPresent(stored -> announce(tenant, stored, now));
        return new Outcome.Recorded(tenant.companyId(), updated.orElse(call));
    }

    /** Where an event belongs: the tenant owning the business's number, or why it belongs to nobody. */
    sealed interface Placement {
        /** {@code from}/{@code to} as the call will store them ({@code from} may be withheld: null). */
        record Owned(
                TenantContext tenant,
                TenantDirectory.Route route,
                CallDirection direction,
                PhoneNumber from,
                PhoneNumber to)
                implements Placement {}

        record Unowned(String reason) implements Placement {}
    }

    Placement place(AgentCallEvent event) {
        AgentCall snapshot = event.call();
        CallDirection direction =
                "outbound".equalsIgnoreCase(snapshot.direction()) ? CallDirection.OUTBOUND : CallDirection.INBOUND;
        String businessNumber = direction == CallDirection.INBOUND ? snapshot.toNumber() : snapshot.fromNumber();
        Optional<PhoneNumber> business = lenientNumber(businessNumber);
        if (business.isEmpty()) {
            return new Placement.Unowned(
                    "the business number '" + businessNumber + "' is missing or not a phone number");
        }
        Optional<TenantDirectory.Route> route = directory.route(business.get());
        if (route.isEmpty()) {
            return new Placement.Unowned("no tenant owns the number " + business.get());
        }
        TenantContext tenant = route.get().company().tenant();
        PhoneNumber other = lenientNumber(
                        direction == CallDirection.INBOUND ? snapshot.fromNumber() : snapshot.toNumber())
                .orElse(null);
        return direction == CallDirection.INBOUND
                ? new Placement.Owned(tenant, route.get(), direction, other, business.get())
                : new Placement.Owned(
                        tenant, route.get(), direction, business.get(), other == null ? business.get() : other);
    }

    void announce(TenantContext tenant, Call stored, Instant now) {
        liveUpdates.publish(new LiveUpdates.Update(
                tenant, LiveUpdates.Kind.CALL, stored.id().value(), now));
    }

    /** {@code call} with one event applied (a refused or unknown event leaves it as it is). */
    static Call apply(Call call, AgentCallEvent event, Instant now) {
        CallFacts facts =
                event.call().facts() == null ? CallFacts.NONE : event.call().facts();
        CallStatus stage = switch (event.event().toLowerCase(Locale.ROOT)) {
            case "call_started" -> CallStatus.STARTED;
            case "call_ended" -> CallStatus.ENDED;
            case "call_analyzed" -> CallStatus.ANALYZED;
            case "transcript_updated" -> CallStatus.STARTED;
            default -> null;
        };
        if (stage == null) {
            return call;
        }
        return call.apply(stage, facts, now).state();
    }

    private Call linkCustomer(TenantContext tenant, Call call, Instant now) {
        if (!awaitsCustomer(call)) {
            return call;
        }
        return customers
                .findByPhone(tenant, call.from())
                .map(customer -> linked(call, customer, now))
                .orElse(call);
    }

    /** An inbound call with a caller number and no customer yet: the caller's customer is linked when known. */
    static boolean awaitsCustomer(Call call) {
        return call.customerId() == null && call.from() != null && call.direction() == CallDirection.INBOUND;
    }

    static Call linked(Call call, Customer customer, Instant now) {
        Transition<Call> linked = call.linkCustomer(customer.id(), now);
        return linked.changed() ? linked.state() : call;
    }

    private static Optional<PhoneNumber> lenientNumber(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumber.parse(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
