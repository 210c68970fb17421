package com.askpro.booking.adapter.retell.functions;

/** A function argument is missing or unusable; {@code spoken} tells the agent what to ask for. */
final class InvalidArgumentException extends RuntimeException {

    private final String argument;
    private final String spoken;

    InvalidArgumentException(String argument, String message, String spoken) {
        super("'" + argument + "' " + message);
        this.argument = argument;
        this.spoken = spoken;
    }

    String argument() {
        return argument;
    }

    String spoken() {
        return spoken;
    }
}
