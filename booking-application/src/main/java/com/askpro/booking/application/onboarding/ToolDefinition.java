package com.askpro.booking.application.onboarding;

import java.util.Map;
import java.util.Objects;

/**
 * One function the voice agent may call (SPEC §5.1) as it is configured on the voice-agent platform: its name, what
 * it is for, and the JSON Schema of its arguments (top level {@code "type": "object"}). The
 * catalog is data (a resource of the voice-agent adapter), so adding an argument changes no code.
 */
public record ToolDefinition(String name, String description, Map<String, Object> parameters) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-zA-Z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("a Retell tool name is [a-zA-Z0-9_-]{1,64}, was '" + name + "'");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parameters, "parameters");
        if (!"object".equals(parameters.get("type"))) {
            throw new IllegalArgumentException(
                    "the parameters of tool " + name + " must be a JSON Schema of type object");
        }
        parameters = Map.copyOf(parameters);
    }
}
