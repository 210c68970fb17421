package com.askpro.booking.adapter.http;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A mounted servlet (e.g. {@code /mcp}) with what every Javalin route gets: one access line and the
 * {@code http_server_requests} timer, labelled with the mount's path as its route. The correlation
 * id is the one the servlet answered in {@code X-Request-Id}.
 */
final class LoggedServlet implements Servlet {

    private final Servlet servlet;
    private final String route;
    private final MeterRegistry registry;

    LoggedServlet(Servlet servlet, String route, MeterRegistry registry) {
        this.servlet = servlet;
        this.route = route;
        this.registry = registry;
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            servlet.service(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
                String correlation = answer.getHeader("X-Request-Id");
                AccessLog.record(
                        http.getMethod(),
                        route,
                        answer.getStatus(),
                        (System.nanoTime() - started) / 1_000_000f,
                        correlation == null ? "-" : correlation,
                        registry);
            }
        }
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        servlet.init(config);
    }

    @Override
    public ServletConfig getServletConfig() {
        return servlet.getServletConfig();
    }

    @Override
    public String getServletInfo() {
        return servlet.getServletInfo();
    }

    @Override
    public void destroy() {
        servlet.destroy();
    }
}
