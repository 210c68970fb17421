package com.askpro.booking.application.onboarding;

import com.askpro.booking.application.onboarding.TestAgentSetup.Step;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallStatus;
import com.askpro.booking.domain.port.Calls;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The self-test's last step, "call recorded": waits (bounded) until the background processing
 * recorded the synthetic call as ended at the branch, polling the calls every 100 ms.
 */
final class RecordedCallCheck {

    private final Calls calls;
    private final Clock clock;
    private final Duration processingTimeout;

    RecordedCallCheck(Calls calls, Clock clock, Duration processingTimeout) {
        this.calls = calls;
        this.clock = clock;
        this.processingTimeout = processingTimeout;
    }

    /** The step's result; {@code sent} false (call_ended not acknowledged) fails it at once. */
    Step check(TenantContext tenant, Branch branch, String callId, boolean sent) {
        if (!sent) {
            return new Step("call recorded", null, false, false, 0, 0, "call_ended was not acknowledged");
        }
        Instant started = clock.instant();
        Instant deadline = started.plus(processingTimeout);
        Optional<Call> call = Optional.empty();
        long polls = Math.max(1, processingTimeout.toMillis() / 100);
        for (long poll = 0; poll <= polls; poll++) {
            call = calls.findByAgentCallId(tenant, callId);
            if (call.isPresent() && !call.get().status().isBefore(CallStatus.ENDED)
                    || !clock.instant().isBefore(deadline)) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long millis = Duration.between(started, clock.instant()).toMillis();
        boolean processed = call.isPresent()
                && !call.get().status().isBefore(CallStatus.ENDED)
                && branch.id().equals(call.get().branchId());
        return new Step(
                "call recorded",
                null,
                true,
                processed,
                0,
                millis,
                processed
                        ? "the call is stored as " + call.get().status().name().toLowerCase(Locale.ROOT)
                                + " at this branch"
                        : call.map(c -> "the call is stored but "
                                        + c.status().name().toLowerCase(Locale.ROOT))
                                .orElse("the call was not processed within " + processingTimeout.toSeconds() + " s"));
    }
}
