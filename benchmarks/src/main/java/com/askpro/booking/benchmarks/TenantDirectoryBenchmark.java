package com.askpro.booking.benchmarks;

import com.askpro.booking.application.cache.CachedTenantDirectory;
import com.askpro.booking.domain.phone.PhoneNumber;
import com.askpro.booking.domain.port.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Phone resolution from cache (SPEC §6, "microseconds"): {@link CachedTenantDirectory#route} for
 * a number already cached (the delegate — the database in production — is not reached), for an
 * unknown number that is cached as unknown, and the full path a request takes: parse the dialled
 * {@code to_number}, then route it. Uses the real system clock, as production does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TenantDirectoryBenchmark {

    private CachedTenantDirectory directory;
    private PhoneNumber known;
    private PhoneNumber unknown;

    @Setup
    public void setUp() {
        DemoFixture demo = new DemoFixture();
        TenantDirectory.Route route = demo.route();
        TenantDirectory database =
                dialled -> dialled.equals(route.number().number()) ? Optional.of(route) : Optional.empty();
        directory = new CachedTenantDirectory(database, Duration.ofSeconds(30), Clock.systemUTC());
        // 1,000 other tenants' numbers in the cache, so the map is not trivially small.
        for (int i = 0; i < 1_000; i++) {
            directory.route(new PhoneNumber("+4930" + (10_000_000 + i)));
        }
        known = PhoneNumber.parse(DemoFixture.NUMBER);
        unknown = new PhoneNumber("+4930" + 99_999_999);
        directory.route(known);
        directory.route(unknown);
    }

    @Benchmark
    public Optional<TenantDirectory.Route> routeCached() {
        return directory.route(known);
    }

    @Benchmark
    public Optional<TenantDirectory.Route> routeUnknownCached() {
        return directory.route(unknown);
    }

    @Benchmark
    @Threads(2)
    public Optional<TenantDirectory.Route> routeCachedTwoThreads() {
        return directory.route(known);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<TenantDirectory.Route> parseAndRoute() {
        return directory.route(PhoneNumber.parse("+493083793369"));
    }
}
