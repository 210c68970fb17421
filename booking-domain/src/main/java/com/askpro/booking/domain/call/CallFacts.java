package com.askpro.booking.domain.call;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.Require;
import com.askpro.booking.domain.shared.Text;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one call event says about a call. Every field is optional: an event carries what it knows.
 * Free texts are kept as they come; {@code customAnalysisJson} is the agent-defined analysis
 * object as JSON text, opaque to the domain.
 */
public record CallFacts(
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        String disconnectionReason,
        String transcript,
        String recordingUrl,
        String summary,
        String sentiment,
        Boolean successful,
        String customAnalysisJson,
        BigDecimal costCents) {

    public static final CallFacts NONE =
            new CallFacts(null, null, null, null, null, null, null, null, null, null, null);

    /** Column limits of the free texts that have one. */
    public static final int MAX_DISCONNECTION_REASON = 200;

    public static final int MAX_SENTIMENT = 100;

    public CallFacts {
        Require.plausible("start_timestamp", startedAt);
        Require.plausible("end_timestamp", endedAt);
        bounded("disconnection_reason", disconnectionReason, MAX_DISCONNECTION_REASON);
        bounded("user_sentiment", sentiment, MAX_SENTIMENT);
        bounded("transcript", transcript, Integer.MAX_VALUE);
        bounded("recording_url", recordingUrl, Integer.MAX_VALUE);
        bounded("call_summary", summary, Integer.MAX_VALUE);
        bounded("custom_analysis_data", customAnalysisJson, Integer.MAX_VALUE);
        if (durationMs != null && durationMs < 0) {
            throw new InvalidValueException("duration_ms", "must not be negative");
        }
        if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
            throw new InvalidValueException("end_timestamp", "must not be before start_timestamp");
        }
        if (costCents != null && costCents.signum() < 0) {
            throw new InvalidValueException("combined_cost", "must not be negative");
        }
    }

    private static void bounded(String field, String text, int maxLength) {
        if (text != null) {
            Text.requireBounded(field, text, maxLength, true);
        }
    }

    public static CallFacts startedAt(Instant start) {
        return NONE.withTiming(start, null, null);
    }

    public CallFacts withTiming(Instant start, Instant end, Long duration) {
        return new CallFacts(
                start,
                end,
                duration,
                disconnectionReason,
                transcript,
                recordingUrl,
                summary,
                sentiment,
                successful,
                customAnalysisJson,
                costCents);
    }

    public CallFacts withOutcome(String reason, String fullTranscript, String recording) {
        return new CallFacts(
                startedAt,
                endedAt,
                durationMs,
                reason,
                fullTranscript,
                recording,
                summary,
                sentiment,
                successful,
                customAnalysisJson,
                costCents);
    }

    public CallFacts withAnalysis(String callSummary, String userSentiment, Boolean callSuccessful, String customJson) {
        return new CallFacts(
                startedAt,
                endedAt,
                durationMs,
                disconnectionReason,
                transcript,
                recordingUrl,
                callSummary,
                userSentiment,
                callSuccessful,
                customJson,
                costCents);
    }

    public CallFacts withCost(BigDecimal cents) {
        return new CallFacts(
                startedAt,
                endedAt,
                durationMs,
                disconnectionReason,
                transcript,
                recordingUrl,
                summary,
                sentiment,
                successful,
                customAnalysisJson,
                cents);
    }
}
