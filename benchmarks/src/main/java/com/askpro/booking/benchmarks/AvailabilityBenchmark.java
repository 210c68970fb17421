package com.askpro.booking.benchmarks;

import com.askpro.booking.domain.availability.AvailabilityCalculator;
import com.askpro.booking.domain.availability.AvailableSlot;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link AvailabilityCalculator#freeSlots}: the demo tenant's free slots on a working day with 20
 * existing appointments (10 per staff member), 15-minute grid, two staff members, 09:00–18:00.
 * Haarschnitt (30 min) and Färben (90 min); the request record is rebuilt each time (it copies
 * the lists), as the built-in calendar does per check_availability.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AvailabilityBenchmark {

    private final AvailabilityCalculator calculator = new AvailabilityCalculator();
    private DemoFixture demo;

    @Setup
    public void setUp() {
        demo = new DemoFixture();
        if (haircutBusyDay().isEmpty()) {
            throw new IllegalStateException("the busy day should still have free slots");
        }
    }

    @Benchmark
    public List<AvailableSlot> haircutBusyDay() {
        return calculator.freeSlots(new AvailabilityCalculator.Request(
                demo.branch, demo.policy(), demo.haircut, demo.staff, demo.appointments, demo.day, demo.now));
    }

    @Benchmark
    public List<AvailableSlot> colouringBusyDay() {
        return calculator.freeSlots(new AvailabilityCalculator.Request(
                demo.branch, demo.policy(), demo.colouring, demo.staff, demo.appointments, demo.day, demo.now));
    }

    @Benchmark
    public List<AvailableSlot> haircutEmptyDay() {
        return calculator.freeSlots(new AvailabilityCalculator.Request(
                demo.branch, demo.policy(), demo.haircut, demo.staff, List.of(), demo.day, demo.now));
    }
}
