package com.askpro.booking.application.booking;

/** A function argument is missing or unusable; {@code spoken} tells the agent what to ask for. */
public final class InvalidArgumentException extends RuntimeException {

    private final String argument;
    private final String spoken;

    public InvalidArgumentException(String argument, String message, String spoken) {
        super("'" + argument + "' " + message);
        this.argument = argument;
        this.spoken = spoken;
    }

    public String argument() {
        return argument;
    }

    public String spoken() {
        return spoken;
    }
}
