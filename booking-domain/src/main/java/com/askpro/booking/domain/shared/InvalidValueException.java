package com.askpro.booking.domain.shared;

/**
 * A value handed to the domain breaks an invariant: a blank name, an unparseable phone number, an
 * end before a start. Carries the offending field so that an inbound adapter can report it per field.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super("'" + field + "' " + message);
        this.field = field;
    }

    /** The name of the field (or argument) that was rejected. */
    public String field() {
        return field;
    }
}
