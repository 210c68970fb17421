package com.askpro.booking.application.voiceagent;

/** A signed request whose body is not the JSON the voice-agent platform sends (not JSON, or a required field missing). */
public final class MalformedPayloadException extends RuntimeException {

    public MalformedPayloadException(String message) {
        super(message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
