package com.askpro.booking.application.booking;

import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: who is asking. The tenant and branch come from the business's own number (the called
 * number of an inbound call, the calling number of an outbound one), never from anything the caller
 * says; the caller from the other number; the call is found by its channel id or registered.
 */
public final class IdentifyCaller {

    private final TenantDirectory directory;
    private final CallRegistry calls;
    private final ApplicationMetrics metrics;
    private final Clock clock;

    public IdentifyCaller(TenantDirectory directory, CallRegistry calls, ApplicationMetrics metrics, Clock clock) {
        this.directory = directory;
        this.calls = calls;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The parties of a call as the channel reports them; numbers as sent (may be blank or not a number). */
    public record Query(String callId, boolean outbound, String fromNumber, String toNumber) {
    }

    /** Whether the business number belongs to a tenant. */
    public sealed interface Outcome {
        record Identified(CallerContext caller) implements Outcome {
        }

        /** No tenant owns the business number; nothing was recorded. */
        record UnknownNumber() implements Outcome {
        }
    }

    public Outcome identify(Query query) {
        Instant now = clock.instant();
        Optional<PhoneNumber> business = parse(query.outbound() ? query.fromNumber() : query.toNumber());
        Optional<TenantDirectory.Route> route = business.flatMap(directory::route);
        if (route.isEmpty()) {
            metrics.unknownNumber();
            return new Outcome.UnknownNumber();
        }
        PhoneNumber caller = parse(query.outbound() ? query.toNumber() : query.fromNumber()).orElse(null);
        Call call = null;
        if (query.callId() != null && !query.callId().isBlank()) {
            CallDirection direction = query.outbound() ? CallDirection.OUTBOUND : CallDirection.INBOUND;
            PhoneNumber from = query.outbound() ? business.get() : caller;
            PhoneNumber to = query.outbound() ? (caller == null ? business.get() : caller) : business.get();
            call = calls.findOrRegister(route.get().company().tenant(), route.get(), query.callId(), direction, from, to, now);
        }
        return new Outcome.Identified(new CallerContext(route.get().company(), route.get().branch(), caller, call, now));
    }

    private static Optional<PhoneNumber> parse(String number) {
        try {
            return number == null || number.isBlank() ? Optional.empty() : Optional.of(PhoneNumber.parse(number));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
