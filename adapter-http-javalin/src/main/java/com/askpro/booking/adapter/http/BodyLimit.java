package com.askpro.booking.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The one request-body limit of the server, enforced before any route sees the body and the same
 * way whether the client sent {@code Content-Length} or a chunked body: anything over
 * {@link HttpServer#MAX_BODY_BYTES} is a 413. The rest of the refused body is read and dropped (up
 * to {@value #DRAIN_LIMIT} bytes) so the client finishes its upload and reads the answer; beyond that
 * the answer says {@code Connection: close} and the connection is closed after it is sent.
 */
final class BodyLimit {

    /** How much of a refused body is still read so that the client sees the 413. */
    static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private static final Set<HandlerType> WITH_BODY =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private BodyLimit() {}

    /** Thrown by {@link #check}; answered 413 by the server's error mapping. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("request body larger than " + HttpServer.MAX_BODY_BYTES + " bytes", null, false, false);
        }
    }

    /** Reads the body (Javalin keeps it for the route) or refuses it. */
    static void check(Context ctx) {
        if (!WITH_BODY.contains(ctx.method())) {
            return;
        }
        long declared = ctx.contentLength();
        if (declared > HttpServer.MAX_BODY_BYTES) {
            refuse(ctx, declared);
        }
        try {
            ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                refuse(ctx, -1);
            }
            throw e;
        }
    }

    private static void refuse(Context ctx, long declared) {
        boolean drained = declared <= DRAIN_LIMIT && drain(ctx);
        if (!drained) {
            ctx.header("Connection", "close");
        }
        throw new TooLarge();
    }

    /** Reads and drops the rest of the body; false when it is longer than {@link #DRAIN_LIMIT} or the client went away. */
    private static boolean drain(Context ctx) {
        try {
            InputStream body = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = body.read(buffer)) >= 0) {
                total += read;
                if (total > DRAIN_LIMIT) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException gone) {
            return false;
        }
    }
}
