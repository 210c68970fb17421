package com.askpro.booking.adapter.mcp;

import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.Principal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The door of {@code /mcp}: every request must carry {@code Authorization: Bearer <tenant API key>}.
 * No key or an unknown, revoked or malformed one answers 401, the platform key 403 — both before
 * any JSON-RPC is read. An authenticated tenant key is handed to the MCP transport as a request
 * attribute, from which every tool takes its tenant; nothing in the JSON-RPC body can choose one.
 * A POSTed message is then read (at most {@link McpToolServer#MAX_REQUEST_BYTES}) and its shape
 * checked by {@link JsonRpcEnvelope} before the transport sees it.
 */
final class McpAuthentication extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute under which the authenticated {@link Principal} travels to the tools. */
    static final String PRINCIPAL = McpAuthentication.class.getName() + ".principal";

    /** Like every other route: the caller's {@code X-Request-Id} when sane, else a new one, in the logs and the answer. */
    private static final String REQUEST_ID = "X-Request-Id";

    private static final String MDC_KEY = "correlation_id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final transient Authenticate authenticate;
    private final transient HttpServlet transport;
    private final transient McpMetrics metrics;

    McpAuthentication(Authenticate authenticate, HttpServlet transport, McpMetrics metrics) {
        this.authenticate = authenticate;
        this.transport = transport;
        this.metrics = metrics;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String given = request.getHeader(REQUEST_ID);
        String correlation = given != null && SANE_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        response.setHeader(REQUEST_ID, correlation);
        MDC.put(MDC_KEY, correlation);
        try {
            serve(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<Principal> principal =
                bearer(request.getHeader("Authorization")).flatMap(authenticate::authenticate);
        if (principal.isEmpty()) {
            metrics.refused("unauthenticated");
            drain(request);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"askpro-mcp\"");
            refuse(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "a tenant API key is required: Authorization: Bearer <key>");
            return;
        }
        if (principal.get().isPlatform()) {
            metrics.refused("platform_key");
            drain(request);
            refuse(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "the platform key manages companies; the MCP server needs a tenant API key");
            return;
        }
        request.setAttribute(PRINCIPAL, principal.get());
        if (!"POST".equals(request.getMethod())) {
            transport.service(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(McpToolServer.MAX_REQUEST_BYTES + 1);
        if (body.length > McpToolServer.MAX_REQUEST_BYTES) {
            metrics.refused("too_large");
            refuse(
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "a JSON-RPC message may be at most " + McpToolServer.MAX_REQUEST_BYTES + " bytes");
            return;
        }
        Optional<JsonRpcEnvelope.Problem> problem = JsonRpcEnvelope.check(body);
        if (problem.isPresent()) {
            metrics.refused("malformed");
            response.setStatus(problem.get().httpStatus());
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            byte[] answer = problem.get().body();
            response.setContentLength(answer.length);
            response.getOutputStream().write(answer);
            return;
        }
        transport.service(new BufferedRequest(request, body), response);
    }

    private static Optional<String> bearer(String header) {
        if (header == null
                || header.length() < 7
                || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Optional.empty();
        }
        String key = header.substring(7).strip();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /**
     * Reads (and drops) a refused request's body, at most one message's worth, before answering:
     * answering while the client is still sending makes Jetty close the connection, and the client
     * then sees a reset instead of the 401/403.
     */
    private static void drain(HttpServletRequest request) throws IOException {
        request.getInputStream().readNBytes(McpToolServer.MAX_REQUEST_BYTES + 1);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = ("{\"error\":\"" + message.replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
