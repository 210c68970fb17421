package com.askpro.booking.adapter.retell;

import static com.askpro.booking.adapter.retell.JsonFields.optionalBoolean;
import static com.askpro.booking.adapter.retell.JsonFields.optionalEpochMillis;
import static com.askpro.booking.adapter.retell.JsonFields.optionalNonNegativeDecimal;
import static com.askpro.booking.adapter.retell.JsonFields.optionalNonNegativeLong;
import static com.askpro.booking.adapter.retell.JsonFields.optionalObject;
import static com.askpro.booking.adapter.retell.JsonFields.optionalText;

import com.askpro.booking.application.voiceagent.AgentCall;
import com.askpro.booking.application.voiceagent.MalformedPayloadException;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallFacts;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Adapter internals: translates Retell's call object (as in {@code GET /v2/get-call}) into a
 * {@link AgentCall}. Unknown fields are ignored; open strings such as {@code disconnection_reason}
 * are kept as sent.
 */
final class CallMapper {

    private final ObjectMapper mapper;

    CallMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Maps the call object found at {@code path}; {@code call_id} is required. */
    AgentCall map(JsonNode call, String path) {
        String callId = JsonFields.requiredLine(call, "call_id", path + ".call_id", Call.MAX_AGENT_CALL_ID);
        return new AgentCall(
                callId,
                JsonFields.optionalLine(call, "direction", path + ".direction", JsonFields.MAX_ID),
                JsonFields.optionalLine(call, "from_number", path + ".from_number", JsonFields.MAX_NUMBER),
                JsonFields.optionalLine(call, "to_number", path + ".to_number", JsonFields.MAX_NUMBER),
                JsonFields.optionalLine(call, "agent_id", path + ".agent_id", JsonFields.MAX_ID),
                JsonFields.optionalLine(call, "call_status", path + ".call_status", JsonFields.MAX_ID),
                facts(call, path));
    }

    private CallFacts facts(JsonNode call, String path) {
        Instant start = optionalEpochMillis(call, "start_timestamp", path + ".start_timestamp");
        Instant end = optionalEpochMillis(call, "end_timestamp", path + ".end_timestamp");
        if (start != null && end != null && end.isBefore(start)) {
            throw new MalformedPayloadException(
                    "'" + path + ".end_timestamp' must not be before '" + path + ".start_timestamp'");
        }
        Long durationMs = optionalNonNegativeLong(call, "duration_ms", path + ".duration_ms");
        String reason = optionalText(call, "disconnection_reason", path + ".disconnection_reason");
        String transcript = optionalText(call, "transcript", path + ".transcript");
        String recordingUrl = optionalText(call, "recording_url", path + ".recording_url");

        String summary = null;
        String sentiment = null;
        Boolean successful = null;
        String customJson = null;
        String analysisPath = path + ".call_analysis";
        JsonNode analysis = optionalObject(call, "call_analysis", analysisPath);
        if (analysis != null) {
            summary = optionalText(analysis, "call_summary", analysisPath + ".call_summary");
            sentiment = optionalText(analysis, "user_sentiment", analysisPath + ".user_sentiment");
            successful = optionalBoolean(analysis, "call_successful", analysisPath + ".call_successful");
            customJson = compactJson(
                    JsonFields.child(analysis, "custom_analysis_data"), analysisPath + ".custom_analysis_data");
        }

        BigDecimal costCents = null;
        JsonNode cost = optionalObject(call, "call_cost", path + ".call_cost");
        if (cost != null) {
            costCents = optionalNonNegativeDecimal(cost, "combined_cost", path + ".call_cost.combined_cost");
        }
        try {
            return new CallFacts(
                    start,
                    end,
                    durationMs,
                    reason,
                    transcript,
                    recordingUrl,
                    summary,
                    sentiment,
                    successful,
                    customJson,
                    costCents);
        } catch (InvalidValueException e) {
            throw new MalformedPayloadException("'" + path + "." + e.field() + "' is invalid: " + e.getMessage(), e);
        }
    }

    private String compactJson(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException("'" + path + "' cannot be written back as JSON", e);
        }
    }
}
