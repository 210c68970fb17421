package com.askpro.booking.application.booking;

import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.Branches;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.Branch;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: who is asking. The tenant and branch come from the business's own number (the called
 * number of an inbound call, the calling number of an outbound one), never from anything the caller
 * says; the caller from the other number; the call is found by its channel id or registered. A
 * company's hotline number has no branch: then the branch is the one the caller chose earlier in the
 * call, or none yet ({@link ChooseBranch}).
 */
public final class IdentifyCaller {

    private final TenantDirectory directory;
    private final Branches branches;
    private final CallRegistry calls;
    private final ApplicationMetrics metrics;
    private final Clock clock;

    public IdentifyCaller(
            TenantDirectory directory, Branches branches, CallRegistry calls, ApplicationMetrics metrics, Clock clock) {
        this.directory = directory;
        this.branches = branches;
        this.calls = calls;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The parties of a call as the channel reports them; numbers as sent (may be blank or not a number). */
    public record Query(String callId, boolean outbound, String fromNumber, String toNumber) {}

    /** Whether the business number belongs to a tenant. */
    public sealed interface Outcome {
        record Identified(CallerContext caller) implements Outcome {}

        /** No tenant owns the business number; nothing was recorded. */
        record UnknownNumber() implements Outcome {}

        /**
         * The call id is registered by another tenant: never legitimate, refused (logged as a security
         * event by the registry); nothing was recorded and the other tenant's call is untouched.
         */
        record ForeignCall() implements Outcome {}
    }

    public Outcome identify(Query query) {
        Instant now = clock.instant();
        Optional<PhoneNumber> business = parse(query.outbound() ? query.fromNumber() : query.toNumber());
        Optional<TenantDirectory.Route> route = business.flatMap(directory::route);
        if (route.isEmpty()) {
            metrics.unknownNumber();
            return new Outcome.UnknownNumber();
        }
        PhoneNumber caller =
                parse(query.outbound() ? query.toNumber() : query.fromNumber()).orElse(null);
        Call call = null;
        if (query.callId() != null && !query.callId().isBlank()) {
            CallDirection direction = query.outbound() ? CallDirection.OUTBOUND : CallDirection.INBOUND;
            PhoneNumber from = query.outbound() ? business.get() : caller;
            PhoneNumber to = query.outbound() ? (caller == null ? business.get() : caller) : business.get();
            Optional<Call> registered = calls.findOrRegister(
                    route.get().company().tenant(), route.get(), query.callId(), direction, from, to, now);
            if (registered.isEmpty()) {
                return new Outcome.ForeignCall();
            }
            call = registered.get();
        }
        Branch branch = route.get().branch();
        if (route.get().isHotline() && call != null && call.branchId() != null) {
            // the caller chose a branch earlier in this call
            branch = branches.find(route.get().company().tenant(), call.branchId())
                    .filter(Branch::active)
                    .orElse(null);
        }
        return new Outcome.Identified(new CallerContext(
                route.get().company(), branch, caller, call, now, route.get().isHotline()));
    }

    private static Optional<PhoneNumber> parse(String number) {
        try {
            return number == null || number.isBlank() ? Optional.empty() : Optional.of(PhoneNumber.parse(number));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
