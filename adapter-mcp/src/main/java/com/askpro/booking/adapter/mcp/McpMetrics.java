package com.askpro.booking.adapter.mcp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * The MCP server's counters: {@code askpro_mcp_tool_calls_total{tool,outcome}} for every tool call
 * ({@code outcome} is e.g. {@code ok}, {@code booked}, {@code slot_taken}, {@code invalid_argument},
 * {@code forbidden}, {@code not_found}, {@code error}) and {@code askpro_mcp_refused_total{reason}}
 * for requests turned away at the door. The refusal reasons and every tool's {@code ok} and
 * {@code error} series exist at 0 from the start, so a rate over them is defined before the first one.
 */
final class McpMetrics {

    private final MeterRegistry registry;

    /** The reasons {@link McpAuthentication} turns a request away for. */
    static final List<String> REFUSALS = List.of("unauthenticated", "platform_key", "too_large", "malformed");

    McpMetrics(MeterRegistry registry, List<String> tools) {
        this.registry = registry;
        REFUSALS.forEach(reason -> refusals(reason));
        tools.forEach(tool -> List.of("ok", "error").forEach(outcome -> toolCalls(tool, outcome)));
    }

    void toolCall(String tool, String outcome) {
        toolCalls(tool, outcome).increment();
    }

    void refused(String reason) {
        refusals(reason).increment();
    }

    private Counter toolCalls(String tool, String outcome) {
        return Counter.builder("askpro_mcp_tool_calls")
                .description("MCP tool calls by tool and outcome")
                .tag("tool", tool)
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter refusals(String reason) {
        return Counter.builder("askpro_mcp_refused")
                .description("MCP requests refused before JSON-RPC")
                .tag("reason", reason)
                .register(registry);
    }
}
