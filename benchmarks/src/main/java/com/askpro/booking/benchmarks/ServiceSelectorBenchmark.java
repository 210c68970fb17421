package com.askpro.booking.benchmarks;

import com.askpro.booking.domain.availability.ServiceSelection;
import com.askpro.booking.domain.availability.ServiceSelector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ServiceSelector#select}: what the caller said → one of the branch's services (8 services,
 * German names with umlauts). Spoken forms: exact name with umlaut, the umlaut spelled out
 * ("Faerben"), a keyword inside a sentence, a name fragment, and something the salon does not offer
 * (walks every tier, the worst case).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ServiceSelectorBenchmark {

    @Param({"Färben", "Faerben", "ich möchte mir die Haare schneiden lassen", "strähn", "Maniküre bitte"})
    public String spoken;

    private final ServiceSelector selector = new ServiceSelector();
    private DemoFixture demo;

    @Setup
    public void setUp() {
        demo = new DemoFixture();
    }

    @Benchmark
    public ServiceSelection select() {
        return selector.select(spoken, demo.branch.id(), demo.services);
    }
}
