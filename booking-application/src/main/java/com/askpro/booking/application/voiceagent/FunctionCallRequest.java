package com.askpro.booking.application.voiceagent;

import java.util.Map;

/**
 * A custom-function call made by the agent during a call: {@code name}, its {@code args} (JSON
 * values as Java strings, numbers, booleans, lists and maps), and the call it happens in.
 */
public record FunctionCallRequest(String name, Map<String, Object> args, AgentCall call) {

    public FunctionCallRequest {
        args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
    }
}
