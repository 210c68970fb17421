package com.askpro.booking.adapter.retell.functions;

import com.askpro.booking.adapter.retell.speech.Speech;
import com.askpro.booking.application.booking.BookAppointment;
import com.askpro.booking.application.booking.CallerContext;
import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.CheckAcrossBranches;
import com.askpro.booking.application.booking.CheckAvailability;
import com.askpro.booking.application.booking.ChooseBranch;
import com.askpro.booking.application.booking.FindMyAppointments;
import com.askpro.booking.application.booking.IdentifyCaller;
import com.askpro.booking.application.booking.ListServices;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.application.port.ApplicationMetrics;
import com.askpro.booking.application.port.CorrelationContext;
import com.askpro.booking.application.port.SignedRequestHandler;
import com.askpro.booking.application.voiceagent.AgentCall;
import com.askpro.booking.application.voiceagent.FunctionCallRequest;
import com.askpro.booking.application.voiceagent.SignedAgentRequests;
import com.askpro.booking.application.voiceagent.VoiceAgentAuthenticator;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.port.FunctionCallLog;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.tenant.Language;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Adapter: Retell's custom-function protocol (SPEC §5.1). Verifies the signature, reads
 * {@code {name, args, call}}, identifies the caller from the call's numbers, dispatches by name to
 * one {@link AgentFunction} per booking use case, and writes the reply JSON. Always answers
 * something the agent can speak; only bad signatures and unreadable bodies are refused.
 */
public final class RetellFunctions implements SignedRequestHandler {

    private static final System.Logger LOG = System.getLogger(RetellFunctions.class.getName());

    /** Reply JSON: snake_case names, null fields left out. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** The booking use cases the functions call. */
    public record UseCases(
            ListServices listServices,
            CheckAvailability checkAvailability,
            BookAppointment bookAppointment,
            FindMyAppointments findMyAppointments,
            RescheduleAppointment rescheduleAppointment,
            CancelAppointment cancelAppointment,
            ChooseBranch chooseBranch,
            CheckAcrossBranches checkAcrossBranches) {}

    private final SignedAgentRequests requests;
    private final IdentifyCaller identify;
    private final Map<String, AgentFunction> functions;
    private final ChooseBranch chooseBranch;
    private final ApplicationMetrics metrics;
    private final Clock clock;
    private final CorrelationContext correlation;
    private final FunctionCallLog log;

    public RetellFunctions(
            VoiceAgentAuthenticator authenticator,
            VoiceAgentPayloadReader reader,
            IdentifyCaller identify,
            UseCases useCases,
            ApplicationMetrics metrics,
            Clock clock) {
        this(authenticator, reader, identify, useCases, metrics, clock, CorrelationContext.NONE);
    }

    /** As above; {@code correlation} puts the company and the call of each function call into the log context. */
    public RetellFunctions(
            VoiceAgentAuthenticator authenticator,
            VoiceAgentPayloadReader reader,
            IdentifyCaller identify,
            UseCases useCases,
            ApplicationMetrics metrics,
            Clock clock,
            CorrelationContext correlation) {
        this(authenticator, reader, identify, useCases, metrics, clock, correlation, FunctionCallLog.NONE);
    }

    /** As above; {@code log} records each function call of a known call (outcome, timing) for the call's timeline. */
    public RetellFunctions(
            VoiceAgentAuthenticator authenticator,
            VoiceAgentPayloadReader reader,
            IdentifyCaller identify,
            UseCases useCases,
            ApplicationMetrics metrics,
            Clock clock,
            CorrelationContext correlation,
            FunctionCallLog log) {
        this.correlation = correlation;
        this.log = log;
        this.requests = new SignedAgentRequests(authenticator, reader, metrics);
        this.identify = identify;
        this.functions = Stream.of(
                        new ListServicesFunction(useCases.listServices()),
                        new CheckAvailabilityFunction(useCases.checkAvailability(), useCases.checkAcrossBranches()),
                        new BookAppointmentFunction(useCases.bookAppointment()),
                        new FindMyAppointmentsFunction(useCases.findMyAppointments()),
                        new RescheduleAppointmentFunction(useCases.rescheduleAppointment()),
                        new CancelAppointmentFunction(useCases.cancelAppointment()))
                .collect(Collectors.toUnmodifiableMap(AgentFunction::name, Function.identity()));
        this.chooseBranch = useCases.chooseBranch();
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Reply handle(byte[] rawBody, String signatureHeader, String correlationId) {
        SignedAgentRequests.Opened<FunctionCallRequest> opened = requests.open(
                WebhookSource.RETELL_FUNCTION,
                rawBody,
                signatureHeader,
                clock.instant(),
                VoiceAgentPayloadReader::readFunctionCall);
        if (opened instanceof SignedAgentRequests.Opened.Verified<FunctionCallRequest> verified) {
            return new Reply.Answered(json(answer(verified.payload(), correlationId)));
        }
        if (opened instanceof SignedAgentRequests.Opened.Malformed<FunctionCallRequest> malformed) {
            return new Reply.Malformed(malformed.message());
        }
        return new Reply.Unauthenticated();
    }

    private FunctionAnswer answer(FunctionCallRequest request, String correlationId) {
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        IdentifyCaller.Outcome identified = identify.identify(parties(request.call()));
        if (identified instanceof IdentifyCaller.Outcome.ForeignCall) {
            metrics.webhookRejected(WebhookSource.RETELL_FUNCTION, "foreign_call");
            return new FunctionAnswer.Error(
                    "invalid_call",
                    Speech.in(Language.DE)
                            .say(
                                    "Dieser Anruf kann hier nicht bearbeitet werden.",
                                    "This call cannot be handled here."));
        }
        if (!(identified instanceof IdentifyCaller.Outcome.Identified known)) {
            return new FunctionAnswer.Error(
                    "unknown_number",
                    Speech.in(Language.DE)
                            .say(
                                    "Diese Rufnummer ist bei uns nicht eingerichtet.",
                                    "This phone number is not set up with us."));
        }
        FunctionAnswer answer = answer(request, known);
        record(known.caller().call(), request, answer, started, startedNanos, correlationId);
        return answer;
    }

    private FunctionAnswer answer(FunctionCallRequest request, IdentifyCaller.Outcome.Identified known) {
        Voice voice = Voice.of(known.caller());
        AgentFunction function = functions.get(request.name());
        if (function == null) {
            List<String> names = functions.keySet().stream().sorted().toList();
            return new FunctionAnswer.Error(
                    "unknown_function",
                    voice.say("Diese Funktion gibt es nicht.", "There is no such function."),
                    names);
        }
        Call call = known.caller().call();
        try (CorrelationContext.Scope described = correlation.describe(
                        known.caller().company().id().toString(),
                        request.call() == null ? null : request.call().callId());
                CorrelationContext.Scope forCall = correlation.forCall(call == null ? null : call.id())) {
            FunctionArgs args = new FunctionArgs(request.args(), voice.speech());
            ChooseBranch.Outcome branch = chooseBranch.choose(new ChooseBranch.Command(
                    known.caller(), args.optionalText("branch").orElse(null), function.needsBranch()));
            if (branch instanceof ChooseBranch.Outcome.Ask ask) {
                return voice.whichBranch(ask);
            }
            CallerContext caller = ((ChooseBranch.Outcome.Chosen) branch).caller();
            FunctionAnswer answer = function.answer(caller, args, Voice.of(caller));
            LOG.log(
                    Level.INFO,
                    "function {0} answered {1}",
                    request.name(),
                    answer instanceof FunctionAnswer.Error error ? "error " + error.error() : "ok");
            return answer;
        } catch (InvalidArgumentException e) {
            return new FunctionAnswer.Error("invalid_argument", e.spoken(), List.of(e.argument()));
        } catch (InvalidValueException e) {
            return new FunctionAnswer.Error(
                    "invalid_argument",
                    voice.say(
                            "Die Angabe " + e.field() + " habe ich nicht verstanden.",
                            "I did not understand the " + e.field() + "."),
                    List.of(e.field()));
        }
    }

    /** One record per function call of a known call: name (only names we know), outcome, timing; never the arguments' text. */
    private void record(
            Call call,
            FunctionCallRequest request,
            FunctionAnswer answer,
            Instant started,
            long startedNanos,
            String correlationId) {
        if (call == null) {
            return;
        }
        try {
            FunctionOutcome outcome = FunctionOutcome.of(answer);
            String name = functions.containsKey(request.name()) ? request.name() : "unknown";
            log.record(new FunctionCallLog.Entry(
                    call.companyId(),
                    call.id(),
                    name,
                    outcome.outcome(),
                    outcome.reason(),
                    outcome.appointmentId(),
                    FunctionOutcome.requested(request.args()),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos),
                    correlationId,
                    started));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record function call " + request.name(), e);
        }
    }

    private static IdentifyCaller.Query parties(AgentCall call) {
        if (call == null) {
            return new IdentifyCaller.Query(null, false, null, null);
        }
        return new IdentifyCaller.Query(
                call.callId(), "outbound".equalsIgnoreCase(call.direction()), call.fromNumber(), call.toNumber());
    }

    private static byte[] json(FunctionAnswer answer) {
        try {
            return JSON.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "function answer not serialisable: " + answer.getClass().getSimpleName(), e);
        }
    }
}
