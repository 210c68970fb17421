package com.askpro.booking.adapter.http.api;

import com.askpro.booking.adapter.http.UnexpectedErrors;
import com.askpro.booking.application.admin.AdminException;
import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.RuleViolationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error mapping of {@code /api}: every failure becomes an RFC 9457
 * {@code application/problem+json} answer — validation 422 with per-field {@code errors},
 * malformed JSON 400, unknown 404, conflicts 409, anything unexpected a bare 500 that carries the
 * request id but never a stack trace or exception text.
 */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    static void write(Context ctx, Exception failure, String requestId) {
        ApiProblem problem = toProblem(failure, ctx);
        problem.headers().forEach(ctx::header);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://askpro.dev/problems/" + problem.slug());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("instance", ctx.path());
        body.put("request_id", requestId);
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        try {
            ctx.status(problem.status()).contentType(CONTENT_TYPE).result(ApiJson.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document is always serialisable", e);
        }
    }

    private static ApiProblem toProblem(Exception failure, Context ctx) {
        if (failure instanceof ApiProblem problem) {
            return problem;
        }
        if (failure instanceof InvalidValueException invalid) {
            String message = invalid.getMessage();
            int after = message.indexOf("' ");
            return ApiProblem.invalid(422, invalid.field(), after < 0 ? message : message.substring(after + 2));
        }
        if (failure instanceof AdminException admin) {
            return switch (admin.kind()) {
                case NOT_FOUND -> ApiProblem.of(404, "not-found", "Not found", admin.getMessage());
                case FORBIDDEN -> ApiProblem.of(403, "forbidden", "Forbidden", admin.getMessage());
                case CONFLICT ->
                    new ApiProblem(
                            409,
                            "conflict",
                            "Conflict",
                            admin.getMessage(),
                            admin.field() == null
                                    ? List.of()
                                    : List.of(new ApiProblem.FieldError(admin.field(), admin.getMessage())),
                            Map.of());
            };
        }
        if (failure instanceof RuleViolationException rule) {
            return ApiProblem.of(409, "conflict", "Conflict", rule.getMessage());
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return ApiProblem.invalid(422, path(unknown), "is not a known field");
        }
        if (failure instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            return ApiProblem.invalid(422, path(mapping), "has the wrong JSON type or format");
        }
        if (failure instanceof JsonProcessingException) {
            return ApiProblem.of(
                    400, "malformed-request", "Malformed request", "the body is not valid JSON of the expected shape");
        }
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), failure);
        UnexpectedErrors.record(
                ctx.method() + " " + ctx.path() + ": " + failure.getClass().getName());
        return ApiProblem.of(
                500, "internal", "Internal error", "the request failed; quote the request id when reporting it");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
