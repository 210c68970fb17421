package com.askpro.booking.adapter.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request a correlation id — the caller's {@code X-Request-Id} when it is sane, a new
 * one otherwise — returns it in the response, and puts it into the logging context so that every
 * log line of the request carries it.
 */
final class RequestCorrelation {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "correlation_id";
    private static final String ATTRIBUTE = "askpro.correlation_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestCorrelation() {}

    static void begin(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SANE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    static void end(Context ctx) {
        MDC.remove(MDC_KEY);
    }

    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? UUID.randomUUID().toString() : id;
    }
}
