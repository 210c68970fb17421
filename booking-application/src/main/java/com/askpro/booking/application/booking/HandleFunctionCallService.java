package com.askpro.booking.application.booking;

import com.askpro.booking.application.call.CallRegistry;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.port.CorrelationContext;
import com.askpro.booking.application.retell.FunctionCallRequest;
import com.askpro.booking.application.retell.RetellAuthenticator;
import com.askpro.booking.application.retell.RetellCall;
import com.askpro.booking.application.retell.RetellPayloadReader;
import com.askpro.booking.application.retell.SignedRetellRequests;
import com.askpro.booking.application.speech.Speech;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.TenantDirectory;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Implements {@link HandleFunctionCall}: verify, read, resolve tenant and branch from the call's
 * business number (never from anything the caller says), the caller from its own number, then
 * dispatch by name to one of the {@link BookingFunction}s.
 */
public final class HandleFunctionCallService implements HandleFunctionCall {

    private static final System.Logger LOG = System.getLogger(HandleFunctionCallService.class.getName());

    private final SignedRetellRequests requests;
    private final TenantDirectory directory;
    private final CallRegistry calls;
    private final Map<String, BookingFunction> functions;
    private final ApplicationMetrics metrics;
    private final Clock clock;
    private final CorrelationContext correlation;

    public HandleFunctionCallService(RetellAuthenticator authenticator, RetellPayloadReader reader, TenantDirectory directory,
            CallRegistry calls, List<BookingFunction> functions, ApplicationMetrics metrics, Clock clock) {
        this(authenticator, reader, directory, calls, functions, metrics, clock, CorrelationContext.NONE);
    }

    /** As above; {@code correlation} puts the company and the call of each function call into the log context. */
    public HandleFunctionCallService(RetellAuthenticator authenticator, RetellPayloadReader reader, TenantDirectory directory,
            CallRegistry calls, List<BookingFunction> functions, ApplicationMetrics metrics, Clock clock,
            CorrelationContext correlation) {
        this.correlation = correlation;
        this.requests = new SignedRetellRequests(authenticator, reader, metrics);
        this.directory = directory;
        this.calls = calls;
        this.functions = functions.stream().collect(Collectors.toUnmodifiableMap(BookingFunction::name, Function.identity()));
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Reply handle(byte[] rawBody, String signatureHeader, String correlationId) {
        Instant now = clock.instant();
        SignedRetellRequests.Opened<FunctionCallRequest> opened = requests.open(WebhookSource.RETELL_FUNCTION, rawBody,
                signatureHeader, now, RetellPayloadReader::readFunctionCall);
        if (opened instanceof SignedRetellRequests.Opened.Unauthenticated<FunctionCallRequest>) {
            return new Reply.Unauthenticated();
        }
        if (opened instanceof SignedRetellRequests.Opened.Malformed<FunctionCallRequest> malformed) {
            return new Reply.Malformed(malformed.message());
        }
        FunctionCallRequest request = ((SignedRetellRequests.Opened.Verified<FunctionCallRequest>) opened).payload();
        Optional<CallerContext> caller = caller(request.call(), now);
        Speech speech = Speech.in(caller.map(c -> c.company().language()).orElse(Language.DE));
        if (caller.isEmpty()) {
            metrics.unknownNumber();
            return answered(request, new FunctionAnswer.Error("unknown_number", speech.say(
                    "Diese Rufnummer ist bei uns nicht eingerichtet.", "This phone number is not set up with us.")));
        }
        BookingFunction function = functions.get(request.name());
        if (function == null) {
            List<String> known = functions.keySet().stream().sorted().toList();
            return answered(request, new FunctionAnswer.Error("unknown_function", speech.say(
                    "Diese Funktion gibt es nicht.", "There is no such function."), known));
        }
        try (CorrelationContext.Scope described = correlation.describe(caller.get().company().id().toString(),
                request.call().callId())) {
            FunctionAnswer answer = function.execute(caller.get(), new FunctionArgs(request.args(), speech));
            LOG.log(Level.INFO, "function {0} answered {1}", request.name(),
                    answer instanceof FunctionAnswer.Error error ? "error " + error.error() : "ok");
            return answered(request, answer);
        } catch (InvalidArgumentException e) {
            return answered(request, new FunctionAnswer.Error("invalid_argument", e.spoken(), List.of(e.argument())));
        } catch (InvalidValueException e) {
            return answered(request, new FunctionAnswer.Error("invalid_argument", speech.say(
                    "Die Angabe " + e.field() + " habe ich nicht verstanden.", "I did not understand the " + e.field() + "."),
                    List.of(e.field())));
        }
    }

    private static Reply answered(FunctionCallRequest request, FunctionAnswer answer) {
        return new Reply.Answered(request.name(), answer);
    }

    private Optional<CallerContext> caller(RetellCall call, Instant now) {
        if (call == null) {
            return Optional.empty();
        }
        boolean outbound = "outbound".equalsIgnoreCase(call.direction());
        Optional<PhoneNumber> business = parse(outbound ? call.fromNumber() : call.toNumber());
        Optional<TenantDirectory.Route> route = business.flatMap(directory::route);
        if (route.isEmpty()) {
            return Optional.empty();
        }
        PhoneNumber caller = parse(outbound ? call.toNumber() : call.fromNumber()).orElse(null);
        Call stored = null;
        if (call.callId() != null && !call.callId().isBlank()) {
            CallDirection direction = outbound ? CallDirection.OUTBOUND : CallDirection.INBOUND;
            stored = calls.findOrRegister(route.get().company().tenant(), route.get(), call.callId(), direction,
                    outbound ? business.get() : caller, outbound ? (caller == null ? business.get() : caller) : business.get(), now);
        }
        return Optional.of(new CallerContext(route.get().company(), route.get().branch(), caller, stored, now));
    }

    private static Optional<PhoneNumber> parse(String number) {
        try {
            return number == null || number.isBlank() ? Optional.empty() : Optional.of(PhoneNumber.parse(number));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
