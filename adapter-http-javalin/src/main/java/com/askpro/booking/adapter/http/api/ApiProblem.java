package com.askpro.booking.adapter.http.api;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem raised inside the API adapter itself (authentication, rate limit, body size,
 * unreadable JSON); {@link Problems} writes it. {@code headers} go out with the answer.
 */
final class ApiProblem extends RuntimeException {

    /** One refused input field. */
    record FieldError(String field, String message) {}

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    ApiProblem(
            int status,
            String slug,
            String title,
            String detail,
            List<FieldError> errors,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    static ApiProblem of(int status, String slug, String title, String detail) {
        return new ApiProblem(status, slug, title, detail, List.of(), Map.of());
    }

    static ApiProblem invalid(int status, String field, String message) {
        return new ApiProblem(
                status,
                status == 400 ? "malformed-request" : "validation",
                status == 400 ? "Malformed request" : "Invalid request",
                "'" + field + "' " + message,
                List.of(new FieldError(field, message)),
                Map.of());
    }

    int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    List<FieldError> errors() {
        return errors;
    }

    Map<String, String> headers() {
        return headers;
    }
}
