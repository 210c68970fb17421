package com.askpro.booking.adapter.http;

import com.askpro.booking.application.call.AnswerInboundCall;
import com.askpro.booking.application.port.SignedRequestHandler;
import com.askpro.booking.application.webhook.ReceiveCallEvent;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * Adapter: Retell's three endpoints. Hands the raw bytes and the signature header on (verification
 * must see exactly the bytes received) and translates the answers to HTTP. The function-call
 * protocol itself lives in adapter-retell behind {@link SignedRequestHandler}; this class only
 * carries its bytes.
 */
final class RetellController {

    static final String SIGNATURE_HEADER = "X-Retell-Signature";

    private final ReceiveCallEvent receiveEvent;
    private final AnswerInboundCall answerInbound;
    private final SignedRequestHandler functionCalls;

    RetellController(
            ReceiveCallEvent receiveEvent, AnswerInboundCall answerInbound, SignedRequestHandler functionCalls) {
        this.receiveEvent = receiveEvent;
        this.answerInbound = answerInbound;
        this.functionCalls = functionCalls;
    }

    void event(Context ctx) {
        ReceiveCallEvent.Receipt receipt =
                receiveEvent.receive(ctx.bodyAsBytes(), ctx.header(SIGNATURE_HEADER), RequestCorrelation.of(ctx));
        if (receipt instanceof ReceiveCallEvent.Receipt.Accepted
                || receipt instanceof ReceiveCallEvent.Receipt.Duplicate) {
            ctx.status(HttpStatus.NO_CONTENT);
        } else if (receipt instanceof ReceiveCallEvent.Receipt.Malformed malformed) {
            error(ctx, HttpStatus.BAD_REQUEST, malformed.message());
        } else {
            unauthorized(ctx);
        }
    }

    void inbound(Context ctx) {
        AnswerInboundCall.Answer answer =
                answerInbound.answer(ctx.bodyAsBytes(), ctx.header(SIGNATURE_HEADER), RequestCorrelation.of(ctx));
        if (answer instanceof AnswerInboundCall.Answer.Welcome welcome) {
            ctx.json(Map.of(
                    "call_inbound",
                    Map.of("dynamic_variables", welcome.dynamicVariables(), "metadata", welcome.metadata())));
        } else if (answer instanceof AnswerInboundCall.Answer.UnknownNumber unknown) {
            error(ctx, HttpStatus.NOT_FOUND, "no business is set up for the number " + unknown.number());
        } else if (answer instanceof AnswerInboundCall.Answer.Malformed malformed) {
            error(ctx, HttpStatus.BAD_REQUEST, malformed.message());
        } else {
            unauthorized(ctx);
        }
    }

    void function(Context ctx) {
        SignedRequestHandler.Reply reply =
                functionCalls.handle(ctx.bodyAsBytes(), ctx.header(SIGNATURE_HEADER), RequestCorrelation.of(ctx));
        if (reply instanceof SignedRequestHandler.Reply.Answered answered) {
            ctx.contentType(ContentType.APPLICATION_JSON).result(answered.json());
        } else if (reply instanceof SignedRequestHandler.Reply.Malformed malformed) {
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
