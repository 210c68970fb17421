package com.askpro.booking.adapter.http;

import com.askpro.booking.application.calendar.ReceiveCalcomWebhook;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * Adapter: Cal.com's webhook endpoint. Hands the raw bytes and {@code X-Cal-Signature-256} to the
 * use case and answers 204 (stored, or a duplicate), 400 (not a Cal.com webhook) or 401.
 */
final class CalcomController {

    static final String SIGNATURE_HEADER = "X-Cal-Signature-256";

    private final ReceiveCalcomWebhook receive;

    CalcomController(ReceiveCalcomWebhook receive) {
        this.receive = receive;
    }

    void webhook(Context ctx) {
        ReceiveCalcomWebhook.Receipt receipt =
                receive.receive(ctx.bodyAsBytes(), ctx.header(SIGNATURE_HEADER), RequestCorrelation.of(ctx));
        if (receipt instanceof ReceiveCalcomWebhook.Receipt.Accepted
                || receipt instanceof ReceiveCalcomWebhook.Receipt.Duplicate) {
            ctx.status(HttpStatus.NO_CONTENT);
        } else if (receipt instanceof ReceiveCalcomWebhook.Receipt.Malformed malformed) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", malformed.message()));
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", "missing or invalid " + SIGNATURE_HEADER));
        }
    }
}
