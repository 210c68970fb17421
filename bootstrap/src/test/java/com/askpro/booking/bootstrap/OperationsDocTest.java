package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: {@code docs/operations.md}'s configuration table is checked against the code — every
 * {@code ASKPRO_*} variable read by the main sources (Config, OpsSettings, logback.xml, ...) is a
 * row of the table, and every row is read by the code.
 */
class OperationsDocTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern VARIABLE = Pattern.compile("ASKPRO_[A-Z0-9_]+");

    @Test
    void givenTheOperationsTableWhenComparedWithTheCodeThenEveryVariableIsDocumentedAndNothingElse()
            throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path main : modules.map(m -> m.resolve("src/main"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")
                                    || f.toString().endsWith(".xml"))
                            .toList()) {
                        Matcher m = VARIABLE.matcher(Files.readString(file));
                        while (m.find()) {
                            read.add(m.group());
                        }
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/operations.md"))) {
            if (line.startsWith("| `ASKPRO_")) {
                Matcher m = VARIABLE.matcher(line.split("\\|")[1]);
                while (m.find()) {
                    documented.add(m.group());
                }
            }
        }
        assertThat(read)
                .contains("ASKPRO_API_RATE_LIMIT", "ASKPRO_JOB_THREADS", "ASKPRO_LOG_LEVEL", "ASKPRO_HTTP_PORT");
        assertThat(documented).as("docs/operations.md configuration table").isEqualTo(read);
    }

    @Test
    void givenTheMigrationsWhenComparedWithPersistenceDocThenEveryOneIsListed() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/persistence.md"));
        Set<String> versions = new TreeSet<>();
        try (Stream<Path> files =
                Files.walk(ROOT.resolve("adapter-persistence-jdbi/src/main/resources/db/migration"))) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V[0-9_]+__.+\\.sql"))
                    .forEach(n -> versions.add(n.substring(0, n.indexOf("__"))));
        }
        assertThat(versions).contains("V1", "V3_1", "V20");
        for (String version : versions) {
            assertThat(doc).as("docs/persistence.md lists migration " + version).contains("| `" + version + "` |");
        }
    }

    @Test
    void givenTheDocumentedDefaultsWhenConfigReadsAnEmptyEnvironmentThenTheyHold() {
        Config config = Config.fromEnvironment(Map.of());
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.httpHost()).isEqualTo("0.0.0.0");
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.apiRequestsPerMinute()).isEqualTo(600);
        assertThat(config.calcomBaseUrl().toString()).isEqualTo("https://api.cal.com");
        assertThat(config.jsonLogs()).isFalse();
        assertThat(config.jobThreads()).isEqualTo(2);
    }

    @Test
    void givenWrongOperatorSettingsWhenConfigIsReadThenEachIsNamed() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> Config.fromEnvironment(Map.of("ASKPRO_LOG_LEVEL", "LOUD", "ASKPRO_JOB_THREADS", "0"))))
                .hasMessageContaining("ASKPRO_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, was 'LOUD'")
                .hasMessageContaining("ASKPRO_JOB_THREADS must be between 1 and 64, was 0");
    }
}
