package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22: the command line refuses what it does not know, explains itself, and never shows a stack trace. */
class CliTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(
                args,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) {
        return run(Map.of("ASKPRO_DATA_DIR", dir.toString()), args);
    }

    @Test
    void givenHelpWhenRunThenEveryCommandIsListedAndNothingStarts() throws Exception {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("serve", "migrate", "simulate-call", "--version");
        try (var files = Files.list(dir)) {
            assertThat(files).as("--help creates no database").isEmpty();
        }
        for (String command : new String[] {"serve", "migrate", "simulate-call"}) {
            Run commandHelp = run(command, "--help");
            assertThat(commandHelp.exitCode()).as(command).isZero();
            assertThat(commandHelp.out()).contains("Usage: askpro-booking " + command, "--help", "--version");
        }
        assertThat(run("serve", "--help").out()).contains("--demo");
        assertThat(run("simulate-call", "--help").out()).contains("--url", "--key", "--to", "--from");
        assertThat(run("help", "migrate").out()).contains("Usage: askpro-booking migrate");
    }

    @Test
    void givenVersionWhenRunOnAnyCommandThenTheVersionAndCommitArePrinted() {
        BuildInfo build = BuildInfo.current();
        assertThat(build.version()).isNotEqualTo("unknown").doesNotContain("${");
        for (String[] args : new String[][] {
            {"--version"}, {"-V"}, {"serve", "--version"}, {"migrate", "--version"}, {"simulate-call", "--version"}
        }) {
            Run version = run(args);
            assertThat(version.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(version.out().strip())
                    .isEqualTo("askpro-booking " + build.version() + " (commit " + build.commit() + ")");
        }
    }

    @Test
    void givenAnUnknownFlagWhenRunThenRefusedWithExit2AndUsage() throws Exception {
        Run typo = run("serve", "--dmeo");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Unknown option: '--dmeo'").contains("Usage: askpro-booking serve");
        assertThat(run("simulate-call", "--url").exitCode())
                .as("an option without its value")
                .isEqualTo(2);
        try (var files = Files.list(dir)) {
            assertThat(files).as("a refused command creates no database").isEmpty();
        }
    }

    @Test
    void givenATypoInTheCommandWhenRunThenRefusedWithExit2ASuggestionAndUsage() {
        Run typo = run("srve");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err())
                .contains("'srve'")
                .contains("Did you mean")
                .contains("serve")
                .contains("Usage: askpro-booking");

        Run none = run();
        assertThat(none.exitCode()).as("no command").isEqualTo(2);
        assertThat(none.err()).contains("Usage: askpro-booking");
    }

    @Test
    void givenWrongConfigurationWhenServingThenOneMessageNamingTheVariableAndNoStackTrace() {
        Run wrong = run(Map.of("ASKPRO_DATA_DIR", dir.toString(), "ASKPRO_HTTP_PORT", "eighty"), "serve");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err())
                .contains("ASKPRO_HTTP_PORT must be a whole number")
                .doesNotContain("\tat ");

        Run noKey = run("serve");
        assertThat(noKey.exitCode()).isEqualTo(1);
        assertThat(noKey.err())
                .contains("ASKPRO_RETELL_API_KEYS is not set")
                .contains("serve --demo")
                .doesNotContain("\tat ");
    }

    @Test
    void givenAnUnknownNumberWhenSimulatingACallThenOneLineSayingSoAndExit1() {
        try (RunningServer app = RunningServer.start(Clock.systemUTC())) {
            Run unknown = run(
                    "simulate-call",
                    "--url",
                    "http://127.0.0.1:" + app.port(),
                    "--key",
                    RunningServer.KEY,
                    "--to",
                    "+493099999999");
            assertThat(unknown.exitCode()).isEqualTo(1);
            assertThat(unknown.err())
                    .contains("error: the simulated call failed")
                    .contains("no business is set up for the number +493099999999")
                    .doesNotContain("\tat ");

            Run wrongKey = run("simulate-call", "--url", "http://127.0.0.1:" + app.port(), "--key", "key_wrong");
            assertThat(wrongKey.exitCode()).isEqualTo(1);
            assertThat(wrongKey.err())
                    .contains("401")
                    .contains("ASKPRO_RETELL_API_KEYS")
                    .doesNotContain("\tat ");
        }
    }
}
