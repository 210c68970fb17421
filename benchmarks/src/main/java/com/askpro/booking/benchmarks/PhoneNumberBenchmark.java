package com.askpro.booking.benchmarks;

import com.askpro.booking.domain.phone.PhoneNumber;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@link PhoneNumber#parse}: libphonenumber parse + isValidNumber + E.164 format, as every
 * inbound call and function call does for {@code to_number}/{@code from_number}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PhoneNumberBenchmark {

    public String e164 = "+493083793369";
    public String international = "+49 (30) 837 933-69";
    public String national = "030 83793369";
    public String mobile = "+4915112345678";

    @Benchmark
    public PhoneNumber parseE164() {
        return PhoneNumber.parse(e164);
    }

    @Benchmark
    public PhoneNumber parseFormattedInternational() {
        return PhoneNumber.parse(international);
    }

    @Benchmark
    public PhoneNumber parseNationalDe() {
        return PhoneNumber.parse(national, "DE");
    }

    @Benchmark
    public PhoneNumber parseMobile() {
        return PhoneNumber.parse(mobile);
    }
}
