package com.askpro.booking.application.onboarding;

import java.time.Duration;

/**
 * The voice-agent platform's provisioning API could not do what was asked: {@link Cause} says why
 * in terms an operator can act on; {@code operation} names the call (e.g. {@code create-agent}).
 */
public final class VoiceAgentPlatformException extends RuntimeException {

    /** Why a platform call failed. */
    public enum Cause {
        /** 401/403: the provisioning key is wrong or lacks rights. */
        UNAUTHORIZED,
        /** 400/404/409/422: the platform refused what we sent. */
        REJECTED,
        /** 429 even after waiting and retrying. */
        RATE_LIMITED,
        /** 5xx or no usable answer. */
        UNAVAILABLE,
        /** No answer within the timeout. */
        TIMEOUT
    }

    private final Cause cause;
    private final String operation;
    private final int status;
    private final Duration retryAfter;

    public VoiceAgentPlatformException(Cause cause, String operation, int status, String detail, Duration retryAfter) {
        super(operation + ": " + detail);
        this.cause = cause;
        this.operation = operation;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Cause failure() {
        return cause;
    }

    public String operation() {
        return operation;
    }

    /** The platform's HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** How long to wait before trying again, null when unknown. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
