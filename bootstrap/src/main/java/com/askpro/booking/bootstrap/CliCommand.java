package com.askpro.booking.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * A command of {@link Cli}: annotate the subclass with {@code @Command(name = ..., description = ...)},
 * declare its {@code @Option}s, implement {@link #run()} and add the class to the
 * {@code subcommands} of {@link Cli}. {@code --help} and {@code --version} come with it. Throw
 * {@link Failure} for an expected failure (one line, exit code 1).
 */
public abstract class CliCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    /** Runs the command; answers its exit code (0: done). */
    protected abstract int run() throws Exception;

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    protected Cli cli() {
        return cli;
    }

    /** An expected failure: its message is printed as one line, without a stack trace. */
    public static final class Failure extends RuntimeException {
        public Failure(String message) {
            super(message);
        }
    }
}
