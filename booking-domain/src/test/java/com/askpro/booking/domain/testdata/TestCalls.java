package com.askpro.booking.domain.testdata;

import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallDirection;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.call.CallStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Calls and Retell lifecycle events for tests, shaped like Retell sends them: {@code call_started}
 * knows the start; {@code call_ended} the timing, outcome and transcript; {@code call_analyzed} the
 * same plus the analysis and cost. Where they disagree (start precision, final transcript), the
 * later event is the one to believe.
 */
public final class TestCalls {

    public static final CallId CALL_ID = TestAppointments.CALL_ID;
    public static final String RETELL_CALL_ID = "call_5f0e1c2b9a";

    public static final Instant STARTED_AT = Instant.parse("2026-03-30T08:00:00Z");
    /** The ended/analyzed events report the start with millisecond precision. */
    public static final Instant STARTED_AT_PRECISE = Instant.parse("2026-03-30T08:00:00.250Z");

    public static final Instant ENDED_AT = Instant.parse("2026-03-30T08:04:00Z");
    public static final long DURATION_MS = 239_750L;
    public static final String RECORDING_URL = "https://retell.example/recordings/call_5f0e1c2b9a.wav";
    public static final String TRANSCRIPT_AT_END = "Agent: Demo Salon, guten Tag!\nUser: Ich möchte einen Haarschnitt.";
    public static final String TRANSCRIPT_ANALYZED = TRANSCRIPT_AT_END + "\nAgent: Gebucht für Montag 14 Uhr.";
    public static final String SUMMARY = "Caller booked a Haarschnitt on Monday at 14:00.";
    public static final String CUSTOM_ANALYSIS = "{\"booked\":true}";
    public static final BigDecimal COST_CENTS = new BigDecimal("12.5");

    /** One lifecycle event: the stage it reports and the facts it carries. */
    public record Event(CallStatus stage, CallFacts facts) {
        @Override
        public String toString() {
            return stage.name();
        }
    }

    private TestCalls() {}

    /** A freshly registered inbound call from {@link TestPhoneNumbers#CALLER} to the demo branch. */
    public static Call aRegisteredCall() {
        return Call.register(
                CALL_ID,
                DemoTenant.COMPANY_ID,
                DemoTenant.BRANCH_ID,
                RETELL_CALL_ID,
                CallDirection.INBOUND,
                TestPhoneNumbers.CALLER,
                TestPhoneNumbers.DEMO_BRANCH,
                TestInstants.NOW);
    }

    public static Event started() {
        return new Event(CallStatus.STARTED, CallFacts.startedAt(STARTED_AT));
    }

    public static Event ended() {
        return new Event(
                CallStatus.ENDED,
                CallFacts.NONE
                        .withTiming(STARTED_AT_PRECISE, ENDED_AT, DURATION_MS)
                        .withOutcome("user_hangup", TRANSCRIPT_AT_END, RECORDING_URL));
    }

    /** Analyzed carries no recording URL, so the ended event's one must survive. */
    public static Event analyzed() {
        return new Event(
                CallStatus.ANALYZED,
                CallFacts.NONE
                        .withTiming(STARTED_AT_PRECISE, ENDED_AT, DURATION_MS)
                        .withOutcome("user_hangup", TRANSCRIPT_ANALYZED, null)
                        .withAnalysis(SUMMARY, "Positive", true, CUSTOM_ANALYSIS)
                        .withCost(COST_CENTS));
    }

    public static List<Event> allEvents() {
        return List.of(started(), ended(), analyzed());
    }

    /** The facts a call must end up with once all three events are in, whatever their order. */
    public static CallFacts allFactsMerged() {
        return CallFacts.NONE
                .withTiming(STARTED_AT_PRECISE, ENDED_AT, DURATION_MS)
                .withOutcome("user_hangup", TRANSCRIPT_ANALYZED, RECORDING_URL)
                .withAnalysis(SUMMARY, "Positive", true, CUSTOM_ANALYSIS)
                .withCost(COST_CENTS);
    }
}
