package com.askpro.booking.application.retell;

/** A signed request whose body is not the JSON Retell sends (not JSON, or a required field missing). */
public final class MalformedPayloadException extends RuntimeException {

    public MalformedPayloadException(String message) {
        super(message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
