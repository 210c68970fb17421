package com.askpro.booking.domain.shared;

/** Thrown by {@link Transition#orElseThrow()} when a caller insists on a refused transition. */
public final class RuleViolationException extends IllegalStateException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
