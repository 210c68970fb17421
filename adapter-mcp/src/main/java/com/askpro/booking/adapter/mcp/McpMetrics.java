package com.askpro.booking.adapter.mcp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The MCP server's counters: {@code askpro_mcp_tool_calls_total{tool,outcome}} for every tool call
 * ({@code outcome} is e.g. {@code ok}, {@code booked}, {@code slot_taken}, {@code invalid_argument},
 * {@code forbidden}, {@code not_found}, {@code error}) and {@code askpro_mcp_refused_total{reason}}
 * for requests turned away at the door.
 */
final class McpMetrics {

    private final MeterRegistry registry;

    McpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void toolCall(String tool, String outcome) {
        Counter.builder("askpro_mcp_tool_calls").description("MCP tool calls by tool and outcome")
                .tag("tool", tool).tag("outcome", outcome).register(registry).increment();
    }

    void refused(String reason) {
        Counter.builder("askpro_mcp_refused").description("MCP requests refused before JSON-RPC")
                .tag("reason", reason).register(registry).increment();
    }
}
