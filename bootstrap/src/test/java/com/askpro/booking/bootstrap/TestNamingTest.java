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
            Pattern.compile("^\\s*@(Test|ParameterizedTest|Property|Example|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final Pattern METHOD = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final)\\s+)*" + "[\\w<>\\[\\], ?]+\\s+(\\w+)\\s*\\(");
    private static final Pattern SENTENCE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** A declaration the formatter broke after its return type ({@code void} alone on a line). */
    private static final Pattern RETURN_TYPE =
            Pattern.compile("(?:(?:public|protected|private|static|final)\\s+)*[\\w<>\\[\\], ?]+");
    /** How many lines of annotation arguments may stand between a test annotation and its method. */
    private static final int MAX_ANNOTATION_LINES = 20;

    record TestMethod(String name, int line) {}

    /**
     * The methods annotated as tests in one source file, also when an annotation's arguments span
     * several lines or the formatter put the return type and the name on separate lines.
     */
    static List<TestMethod> testMethods(List<String> lines) {
        List<TestMethod> methods = new ArrayList<>();
        boolean annotated = false;
        String pending = "";
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (TEST_ANNOTATION.matcher(line).find()) {
                annotated = true;
                pending = "";
                skipped = 0;
            } else if (annotated && !trimmed.isEmpty() && !trimmed.startsWith("@")) {
                Matcher method = METHOD.matcher(pending.isEmpty() ? line : pending + " " + trimmed);
                if (method.find()) {
                    methods.add(new TestMethod(method.group(1), i + 1));
                    annotated = false;
                } else if (RETURN_TYPE.matcher(trimmed).matches()) {
                    pending = trimmed;
                } else {
                    pending = "";
                    annotated = ++skipped <= MAX_ANNOTATION_LINES;
                }
            }
        }
        return methods;
    }

    @Test
    void everyTestMethodOfEveryModuleIsNamedAsACamelCaseSentence() throws IOException {
        List<String> offenders = new ArrayList<>();
        int tests = 0;
        for (Path file : testSources()) {
            for (TestMethod method : testMethods(Files.readAllLines(file))) {
                tests++;
                if (!SENTENCE.matcher(method.name()).matches()) {
                    offenders.add(ROOT.relativize(file) + ":" + method.line() + " " + method.name());
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

    @Test
    void theScanFindsTestsBrokenAfterTheirReturnTypeOrAfterAnnotationArgumentsOverSeveralLines() {
        List<TestMethod> found = testMethods(List.of(
                "    @Test",
                "    void",
                "            given_aLongName_thenBroken() {",
                "    }",
                "    @ParameterizedTest",
                "    @ValueSource(",
                "            strings = {",
                "                \"a\",",
                "                \"b\"",
                "            })",
                "    void after_arguments(String value) {",
                "    }",
                "    void helper_notATest() {",
                "    }"));
        assertThat(found)
                .containsExactly(
                        new TestMethod("given_aLongName_thenBroken", 3), new TestMethod("after_arguments", 11));
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
