package com.askpro.booking.adapter.mcp;

import java.util.Map;

/**
 * One MCP tool: its name, a description an agent reads, the JSON Schema of its arguments, whether
 * it changes data (then the key's role must allow writing and the call is audited), and what it
 * does for an authenticated {@link Caller}.
 */
record Tool(
        String name,
        String title,
        String description,
        Map<String, Object> inputSchema,
        boolean writes,
        Handler handler) {

    /** What a tool does with the caller's arguments. */
    @FunctionalInterface
    interface Handler {
        Reply call(Caller caller, ToolArguments arguments);
    }

    /**
     * A tool's answer: the fields for {@code structuredContent}, a short text for {@code content},
     * the {@code outcome} for metrics and audit (e.g. {@code ok}, {@code booked}, {@code slot_taken}),
     * and what was touched (e.g. {@code appointment:<id>}) for the audit trail.
     */
    record Reply(Map<String, Object> structured, String text, String outcome, String subject) {

        static Reply ok(Map<String, Object> structured, String text) {
            return new Reply(structured, text, "ok", null);
        }
    }
}
