package com.askpro.booking.bootstrap;

/**
 * The entry point of {@code askpro-booking.jar}: the commands are those of {@link Cli}
 * ({@code serve [--demo]}, {@code migrate}, {@code simulate-call}, ...; {@code --help} lists them).
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args, Config.processEnvironment(), System.out, System.err));
    }
}
