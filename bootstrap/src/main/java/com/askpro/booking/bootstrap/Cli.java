package com.askpro.booking.bootstrap;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The command line of {@code askpro-booking.jar}, parsed by picocli. Every command is one small
 * class extending {@link CliCommand}, listed in {@code subcommands} below; each has
 * {@code --help} and {@code --version}. Unknown commands and options are refused with exit code
 * 2 and the usage; expected failures print one line (exit 1, or 2 for wrong configuration),
 * never a stack trace.
 */
@Command(
        name = "askpro-booking",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Cli.Version.class,
        usageHelpAutoWidth = true,
        description = "AskPro Booking: Retell AI phone calls into appointments.",
        footer = {
            "",
            "Configuration: environment variables ASKPRO_* (docs/operations.md).",
            "Exit codes: 0 done, 1 failed, 2 wrong usage or configuration."
        },
        subcommands = {
            ServeCommand.class,
            MigrateCommand.class,
            SimulateCallCommand.class,
            ProvisionCommand.class,
            RotateKeysCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Cli implements Callable<Integer> {

    /** Exit code of wrong usage and wrong configuration. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    Cli(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = Map.copyOf(env);
        this.out = out;
        this.err = err;
    }

    /** Parses {@code args}, runs the command and answers its exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new Cli(env, out, err));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler((e, args1) -> {
            CommandLine command = e.getCommandLine();
            err.println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            command.usage(err);
            return USAGE;
        });
        // In JSON mode a failure is one JSON log line like everything else the process writes.
        boolean json = "json".equals(env.get("ASKPRO_LOG_FORMAT"));
        java.util.function.Consumer<String> report = json ? LoggerFactory.getLogger(Cli.class)::error : err::println;
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof Config.InvalidConfigException) {
                report.accept(e.getMessage());
                return USAGE;
            }
            if (e instanceof CliCommand.Failure) {
                report.accept("error: " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            }
            report.accept("error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        });
        return line.execute(args);
    }

    /** Without a command: the usage, and exit code 2 (a command must be named). */
    @Override
    public Integer call() {
        err.println("a command is required");
        new CommandLine(this).usage(err);
        return USAGE;
    }

    public Map<String, String> env() {
        return env;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** {@code --version}: the project version and the commit of the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo build = BuildInfo.current();
            return new String[] {"askpro-booking " + build.version() + " (commit " + build.commit() + ")"};
        }
    }
}
