package com.askpro.booking.adapter.mcp;

import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.domain.tenant.Branch;
import com.askpro.booking.domain.tenant.Service;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Resources: a branch's opening hours and bookable services as one JSON document at
 * {@code askpro://branches/{branch_id}}, for a client that wants to keep them in context. Only
 * the caller's own branches resolve; any other id answers "resource not found".
 */
final class BranchResources {

    static final String PREFIX = "askpro://branches/";

    private final TenantCatalog catalog;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    BranchResources(TenantCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    List<McpStatelessServerFeatures.SyncResourceTemplateSpecification> templates() {
        McpSchema.ResourceTemplate template = McpSchema.ResourceTemplate.builder()
                .uriTemplate(PREFIX + "{branch_id}")
                .name("branch")
                .title("Branch hours and services")
                .description(
                        "A branch's time zone, weekly working hours, closed days and bookable services (ids from list_branches)")
                .mimeType("application/json")
                .build();
        return List.of(new McpStatelessServerFeatures.SyncResourceTemplateSpecification(
                template, (context, request) -> {
                    Principal principal = (Principal) context.get(McpAuthentication.PRINCIPAL);
                    String id = request.uri()
                            .substring(Math.min(PREFIX.length(), request.uri().length()));
                    Caller caller = new Caller(principal, clock.instant());
                    Branch branch = catalog.branches(caller).stream()
                            .filter(b -> b.id().toString().equalsIgnoreCase(id))
                            .findFirst()
                            .orElseThrow(() -> McpError.RESOURCE_NOT_FOUND.apply(request.uri()));
                    List<Service> services = catalog.offeredAt(caller, branch.id());
                    Map<String, Object> document = ReadTools.branch(branch);
                    document.put(
                            "services",
                            services.stream()
                                    .map(s -> Map.of(
                                            "service_id",
                                            s.id().toString(),
                                            "name",
                                            s.name(),
                                            "duration_minutes",
                                            s.duration().toMinutes()))
                                    .toList());
                    return new McpSchema.ReadResourceResult(List.of(
                            new McpSchema.TextResourceContents(request.uri(), "application/json", write(document))));
                }));
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
