package com.askpro.booking.adapter.retell;

import static com.askpro.booking.adapter.retell.JsonFields.optionalObject;
import static com.askpro.booking.adapter.retell.JsonFields.optionalText;
import static com.askpro.booking.adapter.retell.JsonFields.requiredObject;
import static com.askpro.booking.adapter.retell.JsonFields.requiredText;

import com.askpro.booking.application.retell.FunctionCallRequest;
import com.askpro.booking.application.retell.InboundCallRequest;
import com.askpro.booking.application.retell.MalformedPayloadException;
import com.askpro.booking.application.retell.RetellCall;
import com.askpro.booking.application.retell.RetellEvent;
import com.askpro.booking.application.retell.RetellPayloadReader;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Adapter: reads Retell's call-event, {@code call_inbound} and custom-function bodies with Jackson's
 * tree model. Lenient about unknown fields and open enum values, strict about the fields the flow
 * needs and the types of the fields it maps. Immutable and thread-safe.
 */
public final class JacksonRetellPayloadReader implements RetellPayloadReader {

    private final ObjectMapper mapper;
    private final CallMapper calls;

    public JacksonRetellPayloadReader() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.calls = new CallMapper(mapper);
    }

    @Override
    public RetellEvent readEvent(byte[] rawBody) {
        JsonNode root = readObject(rawBody);
        String event = requiredText(root, "event", "event");
        RetellCall call = calls.map(requiredObject(root, "call", "call"), "call");
        return new RetellEvent(event, DedupeKeys.of(event, call, root, rawBody), call);
    }

    @Override
    public InboundCallRequest readInbound(byte[] rawBody) {
        JsonNode root = readObject(rawBody);
        String event = optionalText(root, "event", "event");
        if (event != null && !event.equals("call_inbound")) {
            throw new MalformedPayloadException("'event' must be call_inbound, was " + event);
        }
        JsonNode inbound = requiredObject(root, "call_inbound", "call_inbound");
        return new InboundCallRequest(
                optionalText(inbound, "from_number", "call_inbound.from_number"),
                requiredText(inbound, "to_number", "call_inbound.to_number"),
                optionalText(inbound, "agent_id", "call_inbound.agent_id"),
                optionalText(inbound, "call_id", "call_inbound.call_id"));
    }

    @Override
    public FunctionCallRequest readFunctionCall(byte[] rawBody) {
        JsonNode root = readObject(rawBody);
        String name = requiredText(root, "name", "name");
        JsonNode args = optionalObject(root, "args", "args");
        Map<String, Object> plainArgs = args == null ? Map.of() : JsonValues.toMap(args);
        JsonNode call = optionalObject(root, "call", "call");
        return new FunctionCallRequest(name, plainArgs, call == null ? null : calls.map(call, "call"));
    }

    private JsonNode readObject(byte[] rawBody) {
        if (rawBody == null || rawBody.length == 0) {
            throw new MalformedPayloadException("body is empty; expected a JSON object");
        }
        JsonNode root;
        try {
            root = mapper.readTree(rawBody);
        } catch (JsonProcessingException e) {
            // The location, not Jackson's message: the message may quote body content (personal data).
            throw new MalformedPayloadException("body is not valid JSON" + where(e.getLocation()), e);
        } catch (IOException e) {
            throw new MalformedPayloadException("body could not be read as JSON", e);
        }
        if (root == null || !root.isObject()) {
            String type = root == null || root.isMissingNode() ? "nothing"
                    : root.getNodeType().name().toLowerCase(Locale.ROOT);
            throw new MalformedPayloadException("body must be a JSON object, was " + type);
        }
        return root;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
