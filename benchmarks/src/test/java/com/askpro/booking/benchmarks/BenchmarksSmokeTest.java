package com.askpro.booking.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every JMH benchmark method exactly once, in this JVM, so a benchmark that throws or whose
 * fixture is wrong breaks the build. Measures nothing and asserts no time (SPEC §6).
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsOnce() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include("com\\.askpro\\.booking\\.benchmarks\\..*")
                        .forks(0)
                        .mode(Mode.SingleShotTime)
                        .warmupIterations(0)
                        .measurementIterations(1)
                        .measurementBatchSize(1)
                        .verbosity(VerboseMode.SILENT)
                        .shouldFailOnError(true)
                        .build())
                .run();

        // 5 bodies x 2 (signature) + 4 (reader) + 4 (phone) + 5 (selector) + 3 (availability) + 4 (directory)
        assertThat(results).hasSize(30);
    }
}
