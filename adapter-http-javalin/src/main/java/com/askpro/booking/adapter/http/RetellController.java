package com.askpro.booking.adapter.http;

import com.askpro.booking.application.booking.HandleFunctionCall;
import com.askpro.booking.application.call.AnswerInboundCall;
import com.askpro.booking.application.webhook.ReceiveRetellEvent;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * Adapter: Retell's three endpoints. Hands the raw bytes and the signature header to the use
 * cases (verification must see exactly the bytes received) and translates their answers to HTTP.
 */
final class RetellController {

    static final String SIGNATURE_HEADER = "X-Retell-Signature";

    private final ReceiveRetellEvent receiveEvent;
    private final AnswerInboundCall answerInbound;
    private final HandleFunctionCall handleFunction;

    RetellController(ReceiveRetellEvent receiveEvent, AnswerInboundCall answerInbound, HandleFunctionCall handleFunction) {
        this.receiveEvent = receiveEvent;
        this.answerInbound = answerInbound;
        this.handleFunction = handleFunction;
    }

    void event(Context ctx) {
        ReceiveRetellEvent.Receipt receipt = receiveEvent.receive(ctx.bodyAsBytes(), ctx.header(SIGNATURE_HEADER),
                RequestCorrelation.of(ctx));
        if (receipt instanceof ReceiveRetellEvent.Receipt.Accepted || receipt instanceof ReceiveRetellEvent.Receipt.Duplicate) {
            ctx.status(HttpStatus.NO_CONTENT);
        } else if (receipt instanceof ReceiveRetellEvent.Receipt.Malformed malformed) {
            error(ctx, HttpStatus.BAD_REQUEST, malformed.message());
        } else {
            unauthorized(ctx);
        }
    }

    void inbound(Context ctx) {
        AnswerInboundCall.Answer answer = answerInbound.answer(ctx.bodyAsBytes(), ctx.header(SIGNATURE_HEADER),
                RequestCorrelation.of(ctx));
        if (answer instanceof AnswerInboundCall.Answer.Welcome welcome) {
            ctx.json(Map.of("call_inbound", Map.of("dynamic_variables", welcome.dynamicVariables(),
                    "metadata", welcome.metadata())));
        } else if (answer instanceof AnswerInboundCall.Answer.UnknownNumber unknown) {
            error(ctx, HttpStatus.NOT_FOUND, "no business is set up for the number " + unknown.number());
        } else if (answer instanceof AnswerInboundCall.Answer.Malformed malformed) {
            error(ctx, HttpStatus.BAD_REQUEST, malformed.message());
        } else {
            unauthorized(ctx);
        }
    }

    void function(Context ctx) {
        HandleFunctionCall.Reply reply = handleFunction.handle(ctx.bodyAsBytes(), ctx.header(SIGNATURE_HEADER),
                RequestCorrelation.of(ctx));
        if (reply instanceof HandleFunctionCall.Reply.Answered answered) {
            ctx.json(answered.answer());
        } else if (reply instanceof HandleFunctionCall.Reply.Malformed malformed) {
            error(ctx, HttpStatus.BAD_REQUEST, malformed.message());
        } else {
            unauthorized(ctx);
        }
    }

    private static void unauthorized(Context ctx) {
        error(ctx, HttpStatus.UNAUTHORIZED, "missing, invalid or stale " + SIGNATURE_HEADER);
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }
}
