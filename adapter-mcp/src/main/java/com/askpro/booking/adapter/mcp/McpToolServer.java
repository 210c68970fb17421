package com.askpro.booking.adapter.mcp;

import com.askpro.booking.application.admin.ActivityQueries;
import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.BranchAdministration;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.admin.ServiceAdministration;
import com.askpro.booking.application.admin.StaffAdministration;
import com.askpro.booking.application.booking.ActForTenant;
import com.askpro.booking.application.booking.BookOnce;
import com.askpro.booking.application.booking.CancelAppointment;
import com.askpro.booking.application.booking.CheckAvailability;
import com.askpro.booking.application.booking.FindMyAppointments;
import com.askpro.booking.application.booking.ListServices;
import com.askpro.booking.application.booking.RescheduleAppointment;
import com.askpro.booking.application.onboarding.CheckProvisioning;
import com.askpro.booking.application.onboarding.ProvisionBranch;
import com.askpro.booking.application.onboarding.TestAgentSetup;
import com.askpro.booking.domain.port.AuditLog;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: the booking and appointment tools over the Model Context Protocol, built on the
 * official MCP Java SDK's Streamable HTTP server transport in its stateless form (every POST is
 * answered on its own, no session lives in one instance, so any instance behind a load balancer
 * can answer any request). {@link #servlet()} is mounted at {@code /mcp} by the HTTP server;
 * {@link McpAuthentication} stands in front of it.
 *
 * <p>Each tool call is counted in {@code askpro_mcp_tool_calls_total{tool,outcome}}; calls of
 * writing tools are also recorded in the {@link AuditLog}. Bad arguments and refusals answer a
 * tool result with {@code isError: true} and a message the agent can act on, never a JSON-RPC
 * internal error.
 */
public final class McpToolServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(McpToolServer.class);

    /** The path the servlet must be mounted at. */
    public static final String PATH = "/mcp";

    /** Largest accepted JSON-RPC message. */
    static final int MAX_REQUEST_BYTES = 256 * 1024;

    private final McpStatelessSyncServer server;
    private final HttpServlet servlet;

    /** The application's tenant queries the read-only tools call; the tenant always comes from the caller's key. */
    public record Queries(
            Authenticate authenticate,
            BranchAdministration branches,
            ServiceAdministration services,
            StaffAdministration staff,
            ActivityQueries activity) {}

    /** The booking use cases — the same the Retell functions call — and who is acting for the tenant. */
    public record Booking(
            ActForTenant actForTenant,
            ListServices listServices,
            CheckAvailability checkAvailability,
            BookOnce bookOnce,
            FindMyAppointments findMyAppointments,
            RescheduleAppointment rescheduleAppointment,
            CancelAppointment cancelAppointment) {}

    /** Retell onboarding, for the configuration tools (tenant admin keys only). */
    public record Onboarding(ProvisionBranch provisioning, CheckProvisioning check, TestAgentSetup selfTest) {}

    /** The server over these use cases; counters go to {@code registry}, writing calls to {@code audit}. */
    public static McpToolServer create(
            Queries queries,
            Booking booking,
            Onboarding onboarding,
            MeterRegistry registry,
            AuditLog audit,
            Clock clock,
            String version) {
        TenantCatalog catalog = new TenantCatalog(queries.branches(), queries.services(), queries.staff());
        List<Tool> tools = new ArrayList<>(new ReadTools(catalog, queries.activity()).tools());
        tools.addAll(new BookingTools(
                        catalog,
                        queries.activity(),
                        new BookingTools.BookingUseCases(
                                booking.actForTenant(),
                                booking.listServices(),
                                booking.checkAvailability(),
                                booking.bookOnce(),
                                booking.findMyAppointments(),
                                booking.rescheduleAppointment(),
                                booking.cancelAppointment()))
                .tools());
        tools.addAll(new RetellConfigurationTools(catalog, onboarding).tools());
        return new McpToolServer(
                queries.authenticate(),
                tools,
                new BranchResources(catalog, clock).templates(),
                registry,
                audit,
                clock,
                version);
    }

    /**
     * @param tools the tool groups (read tools, booking tools, ...), each list in the order {@code tools/list} shows it
     */
    McpToolServer(
            Authenticate authenticate,
            List<Tool> tools,
            List<McpStatelessServerFeatures.SyncResourceTemplateSpecification> resources,
            MeterRegistry registry,
            AuditLog audit,
            Clock clock,
            String version) {
        McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        McpMetrics metrics =
                new McpMetrics(registry, tools.stream().map(Tool::name).toList());
        HttpServletStatelessServerTransport transport = HttpServletStatelessServerTransport.builder()
                .jsonMapper(json)
                .messageEndpoint(PATH)
                .maxRequestSize(MAX_REQUEST_BYTES)
                .contextExtractor(request -> McpTransportContext.create(
                        Map.of(McpAuthentication.PRINCIPAL, request.getAttribute(McpAuthentication.PRINCIPAL))))
                .build();
        List<McpStatelessServerFeatures.SyncToolSpecification> specifications = new ArrayList<>();
        ToolCalls calls = new ToolCalls(metrics, audit, clock);
        for (Tool tool : tools) {
            specifications.add(calls.specification(tool, json));
        }
        this.server = McpServer.sync(transport)
                .serverInfo("askpro-booking", version)
                .instructions("Tools of one AskPro Booking company (the one of your API key): branches, services, "
                        + "availability, booking, moving and cancelling appointments, calls. Dates and times you pass "
                        + "are local to the branch; times answered carry the branch's UTC offset.")
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(false, false)
                        .build())
                .jsonMapper(json)
                .validateToolInputs(false)
                .immediateExecution(true)
                .tools(specifications)
                .resourceTemplates(resources)
                .build();
        this.servlet = new McpAuthentication(authenticate, transport, metrics);
    }

    /** The servlet that answers {@code POST /mcp} (and {@code GET}/{@code DELETE} with 405). */
    public HttpServlet servlet() {
        return servlet;
    }

    @Override
    public void close() {
        server.close();
    }

    /** Runs tools for the SDK: authentication context in, structured result or {@code isError} out. */
    private static final class ToolCalls {

        private final McpMetrics metrics;
        private final AuditLog audit;
        private final Clock clock;

        ToolCalls(McpMetrics metrics, AuditLog audit, Clock clock) {
            this.metrics = metrics;
            this.audit = audit;
            this.clock = clock;
        }

        McpStatelessServerFeatures.SyncToolSpecification specification(Tool tool, McpJsonMapper json) {
            McpSchema.Tool definition = McpSchema.Tool.builder()
                    .name(tool.name())
                    .title(tool.title())
                    .description(tool.description())
                    .inputSchema(tool.inputSchema())
                    .annotations(new McpSchema.ToolAnnotations(tool.title(), !tool.writes(), false, true, false, null))
                    .build();
            return new McpStatelessServerFeatures.SyncToolSpecification(
                    definition, (context, request) -> call(tool, context, request));
        }

        private McpSchema.CallToolResult call(
                Tool tool, McpTransportContext context, McpSchema.CallToolRequest request) {
            Principal principal = (Principal) context.get(McpAuthentication.PRINCIPAL);
            if (principal == null) {
                // The servlet in front always sets it; without it nobody is authenticated.
                return failure(tool, null, new ToolFailure("unauthenticated", null, "not authenticated", null));
            }
            Caller caller = new Caller(principal, clock.instant());
            try {
                if (tool.writes()) {
                    caller.tenantToWrite();
                }
                Set<String> known = known(tool);
                Tool.Reply reply = tool.handler().call(caller, new ToolArguments(request.arguments(), known));
                metrics.toolCall(tool.name(), reply.outcome());
                audit(tool, caller, reply.outcome(), reply.subject());
                return McpSchema.CallToolResult.builder()
                        .structuredContent(reply.structured())
                        .addTextContent(reply.text())
                        .isError(false)
                        .build();
            } catch (ToolFailure e) {
                return failure(tool, caller, e);
            } catch (InvalidValueException e) {
                return failure(
                        tool,
                        caller,
                        ToolFailure.invalid(
                                e.field(),
                                e.getMessage().startsWith("'")
                                        ? e.getMessage()
                                                .substring(e.getMessage().indexOf(' ') + 1)
                                        : e.getMessage()));
            } catch (AdminException e) {
                return failure(
                        tool,
                        caller,
                        switch (e.kind()) {
                            case NOT_FOUND ->
                                new ToolFailure("not_found", null, e.getMessage() + " in this tenant", null);
                            case FORBIDDEN -> ToolFailure.forbidden(e.getMessage());
                            case CONFLICT -> new ToolFailure("conflict", e.field(), e.getMessage(), null);
                        });
            } catch (RuntimeException e) {
                LOG.error("MCP tool {} failed", tool.name(), e);
                return failure(
                        tool,
                        caller,
                        new ToolFailure(
                                "internal_error", null, "the tool failed unexpectedly; it is safe to try again", null));
            }
        }

        private McpSchema.CallToolResult failure(Tool tool, Caller caller, ToolFailure e) {
            metrics.toolCall(tool.name(), e.code());
            if (caller != null) {
                audit(tool, caller, e.code(), null);
            }
            Fields fields = Fields.of()
                    .put("error", e.code())
                    .put("argument", e.argument())
                    .put("message", e.getMessage());
            if (!e.options().isEmpty()) {
                fields.put("options", e.options());
            }
            return McpSchema.CallToolResult.builder()
                    .structuredContent(fields.map())
                    .addTextContent(e.getMessage())
                    .isError(true)
                    .build();
        }

        private void audit(Tool tool, Caller caller, String outcome, String subject) {
            if (!tool.writes()) {
                return;
            }
            try {
                audit.record(new AuditLog.Entry(
                        caller.principal().companyId(),
                        caller.principal().actor(),
                        "mcp." + tool.name(),
                        subject == null ? "mcp" : subject,
                        "outcome: " + outcome,
                        clock.instant()));
            } catch (RuntimeException e) {
                LOG.warn("could not record MCP tool call {} in the audit log: {}", tool.name(), e.toString());
            }
        }

        @SuppressWarnings("unchecked")
        private static Set<String> known(Tool tool) {
            return ((Map<String, Object>) tool.inputSchema().get("properties")).keySet();
        }
    }
}
