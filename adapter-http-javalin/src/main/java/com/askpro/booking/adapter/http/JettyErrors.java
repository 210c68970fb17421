package com.askpro.booking.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals — requests it rejects before any route runs, e.g. a path with encoded
 * control characters or an ambiguous segment, a header section that is too large — answered as
 * problem+json like every other error instead of Jetty's HTML page. Never echoes the request.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        String title = HttpStatus.getMessage(code);
        body.put("type", "https://askpro.dev/problems/" + (code >= 500 ? "internal" : "malformed-request"));
        body.put("title", title);
        body.put("status", code);
        body.put(
                "detail",
                code >= 500 ? "the request failed" : "the server refused the request before reading it: " + title);
        body.put("error", title);
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            json = ("{\"status\":" + code + "}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.write(true, ByteBuffer.wrap(json), callback);
    }
}
