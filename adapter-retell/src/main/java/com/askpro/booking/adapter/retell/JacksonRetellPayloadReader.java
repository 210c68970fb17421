package com.askpro.booking.adapter.retell;

import static com.askpro.booking.adapter.retell.JsonFields.optionalLine;
import static com.askpro.booking.adapter.retell.JsonFields.optionalObject;
import static com.askpro.booking.adapter.retell.JsonFields.requiredLine;
import static com.askpro.booking.adapter.retell.JsonFields.requiredObject;

import com.askpro.booking.application.voiceagent.AgentCall;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.application.voiceagent.FunctionCallRequest;
import com.askpro.booking.application.voiceagent.InboundCallRequest;
import com.askpro.booking.application.voiceagent.MalformedPayloadException;
import com.askpro.booking.application.voiceagent.VoiceAgentPayloadReader;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/**
 * Adapter: reads Retell's call-event, {@code call_inbound} and custom-function bodies with Jackson's
 * tree model. Lenient about unknown fields and open enum values, strict about the fields the flow
 * needs and the types of the fields it maps. Immutable and thread-safe.
 */
public final class JacksonRetellPayloadReader implements VoiceAgentPayloadReader {

    private final ObjectMapper mapper;
    private final CallMapper calls;

    public JacksonRetellPayloadReader() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        StrictJson.constrain(mapper);
        this.calls = new CallMapper(mapper);
    }

    @Override
    public AgentCallEvent readEvent(byte[] rawBody) {
        JsonNode root = readObject(rawBody);
        String event = requiredLine(root, "event", "event", WebhookEvent.MAX_EVENT_TYPE);
        AgentCall call = calls.map(requiredObject(root, "call", "call"), "call");
        return new AgentCallEvent(event, DedupeKeys.of(event, call, root, rawBody), call);
    }

    @Override
    public InboundCallRequest readInbound(byte[] rawBody) {
        JsonNode root = readObject(rawBody);
        String event = optionalLine(root, "event", "event", WebhookEvent.MAX_EVENT_TYPE);
        if (event != null && !event.equals("call_inbound")) {
            throw new MalformedPayloadException("'event' must be call_inbound, was " + event);
        }
        JsonNode inbound = requiredObject(root, "call_inbound", "call_inbound");
        return new InboundCallRequest(
                optionalLine(inbound, "from_number", "call_inbound.from_number", JsonFields.MAX_NUMBER),
                requiredLine(inbound, "to_number", "call_inbound.to_number", JsonFields.MAX_NUMBER),
                optionalLine(inbound, "agent_id", "call_inbound.agent_id", JsonFields.MAX_ID),
                optionalLine(inbound, "call_id", "call_inbound.call_id", Call.MAX_AGENT_CALL_ID));
    }

    @Override
    public FunctionCallRequest readFunctionCall(byte[] rawBody) {
        JsonNode root = readObject(rawBody);
        String name = requiredLine(root, "name", "name", JsonFields.MAX_FUNCTION_NAME);
        JsonNode args = optionalObject(root, "args", "args");
        Map<String, Object> plainArgs = args == null ? Map.of() : JsonValues.toMap(args);
        JsonNode call = optionalObject(root, "call", "call");
        return new FunctionCallRequest(name, plainArgs, call == null ? null : calls.map(call, "call"));
    }

    private JsonNode readObject(byte[] rawBody) {
        return StrictJson.readObject(mapper, rawBody);
    }
}
