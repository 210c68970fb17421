package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One test-naming scheme across the reactor: a test method's name is a sentence in lower camel
 * case that says what holds ({@code aSecondBookingOfATakenSlotIsRefusedWithAlternatives}, or
 * {@code givenATakenSlotWhenBookedThenRefusedWithAlternatives}), never snake case or
 * underscores. Checked on the sources of every module's tests, so a new test cannot bring a
 * second scheme back.
 */
class TestNamingTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern TEST_ANNOTATION =
            Pattern.compile("@(Test|ParameterizedTest|Property|Example|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final Pattern METHOD = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final)\\s+)*" + "[\\w<>\\[\\], ?]+\\s+(\\w+)\\s*\\(");
    private static final Pattern SENTENCE = Pattern.compile("[a-z][a-zA-Z0-9]*");

    @Test
    void everyTestMethodOfEveryModuleIsNamedAsACamelCaseSentence() throws IOException {
        List<String> offenders = new ArrayList<>();
        int tests = 0;
        for (Path file : testSources()) {
            boolean annotated = false;
            StringBuilder declaration = new StringBuilder();
            int lineNumber = 0;
            for (String line : Files.readAllLines(file)) {
                lineNumber++;
                String trimmed = line.strip();
                if (TEST_ANNOTATION.matcher(line).find()) {
                    annotated = true;
                } else if (annotated && !trimmed.isEmpty() && !trimmed.startsWith("@")) {
                    if (!line.contains("(")) {
                        // the formatter breaks long declarations after the return type: read on
                        declaration.append(line).append(' ');
                        continue;
                    }
                    Matcher method = METHOD.matcher(declaration + line);
                    declaration.setLength(0);
                    if (method.find()) {
                        tests++;
                        if (!SENTENCE.matcher(method.group(1)).matches()) {
                            offenders.add(ROOT.relativize(file) + ":" + lineNumber + " " + method.group(1));
                        }
                    }
                    annotated = false;
                }
            }
        }
        assertThat(tests).as("test methods found").isGreaterThan(500);
        assertThat(offenders)
                .as("test methods not named as a camelCase sentence")
                .isEmpty();
    }

    @Test
    void theCheckRefusesSnakeCaseAndAcceptsASentence() {
        assertThat(SENTENCE.matcher("a_slot_is_refused").matches()).isFalse();
        assertThat(SENTENCE.matcher("givenX_whenY_thenZ").matches()).isFalse();
        assertThat(SENTENCE.matcher("aTakenSlotIsRefusedWithAlternatives").matches())
                .isTrue();
        Matcher method = METHOD.matcher("    void a_slot_is_refused() {");
        assertThat(method.find()).isTrue();
        assertThat(method.group(1)).isEqualTo("a_slot_is_refused");
        Matcher broken = METHOD.matcher("    void             a_long_name_broken_after_the_type() {");
        assertThat(broken.find()).isTrue();
        assertThat(broken.group(1)).isEqualTo("a_long_name_broken_after_the_type");
    }

    private static List<Path> testSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path tests : modules.map(m -> m.resolve("src/test/java"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        return sources;
    }
}
