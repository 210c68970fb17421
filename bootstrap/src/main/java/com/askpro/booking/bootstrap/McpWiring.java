package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.HttpServer;
import com.askpro.booking.adapter.http.api.RetellRoutes;
import com.askpro.booking.adapter.http.cluster.FailedAuthentication;
import com.askpro.booking.adapter.mcp.McpToolServer;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.admin.ActivityQueries;
import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.BranchAdministration;
import com.askpro.booking.application.admin.ServiceAdministration;
import com.askpro.booking.application.admin.StaffAdministration;
import com.askpro.booking.application.booking.ActForTenant;
import com.askpro.booking.application.booking.BookOnce;
import com.askpro.booking.domain.port.Services;
import com.askpro.booking.domain.port.StaffMembers;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/**
 * Wires the MCP server ({@code POST /mcp}): its read-only tools on the tenant queries of the
 * admin API, its booking tools on the very booking use cases the Retell functions use, its
 * configuration tools on the Retell onboarding use cases of the admin API.
 */
final class McpWiring {

    private McpWiring() {}

    static McpToolServer create(
            Config config,
            Clock clock,
            JdbiPersistence db,
            Services services,
            StaffMembers staff,
            BookingWiring.UseCases booking,
            RetellRoutes.UseCases onboarding,
            MeterRegistry registry) {
        McpToolServer.Queries queries = new McpToolServer.Queries(
                new Authenticate(db.apiKeys(), db.companies(), config.adminKey()),
                new BranchAdministration(db.branches(), db.companies()),
                new ServiceAdministration(services, db.branches()),
                new StaffAdministration(staff, db.branches(), services),
                new ActivityQueries(db.customers(), db.calls(), db.appointments(), db.branches(), db.companies()));
        McpToolServer.Booking tools = new McpToolServer.Booking(
                new ActForTenant(db.companies(), db.branches(), clock),
                booking.listServices(),
                booking.checkAvailability(),
                new BookOnce(booking.bookAppointment(), db.requestKeys(), db.appointments()),
                booking.findMyAppointments(),
                booking.rescheduleAppointment(),
                booking.cancelAppointment());
        return McpToolServer.create(
                queries,
                tools,
                new McpToolServer.Onboarding(onboarding.provisioning(), onboarding.check(), onboarding.selfTest()),
                registry,
                db.auditLog(),
                clock,
                BuildInfo.current().version());
    }

    /** The MCP servlet as mounted on the HTTP server, behind the limit on failed authentication per address. */
    static HttpServer.Mount mount(McpToolServer mcp, FailedAuthentication failures) {
        return new HttpServer.Mount(McpToolServer.PATH, failures.guard(mcp.servlet()));
    }
}
