package com.askpro.booking.benchmarks;

import com.askpro.booking.adapter.retell.JacksonRetellPayloadReader;
import com.askpro.booking.application.voiceagent.AgentCallEvent;
import com.askpro.booking.application.voiceagent.FunctionCallRequest;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link JacksonRetellPayloadReader}: parsing and validating a signed body into the application's
 * records (including the dedupe key). call_started (~400 B), a ~20 KB call_ended with transcript and
 * transcript objects, call_analyzed, and a check_availability function call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PayloadReaderBenchmark {

    private final JacksonRetellPayloadReader reader = new JacksonRetellPayloadReader();
    private byte[] started;
    private byte[] ended;
    private byte[] analyzed;
    private byte[] function;

    @Setup
    public void setUp() {
        long ts = 1_700_000_000_000L;
        String from = "+4915112345678";
        started = Payloads.callStarted("call_0123456789abcdef", from, DemoFixture.NUMBER, ts);
        ended = Payloads.callEnded("call_0123456789abcdef", from, DemoFixture.NUMBER, ts, 20_000);
        analyzed = Payloads.callAnalyzed("call_0123456789abcdef", from, DemoFixture.NUMBER, ts);
        function = Payloads.checkAvailability(
                "call_0123456789abcdef", from, DemoFixture.NUMBER, ts, LocalDate.of(2030, 3, 6), "10:00");
    }

    @Benchmark
    public AgentCallEvent readCallStarted() {
        return reader.readEvent(started);
    }

    @Benchmark
    public AgentCallEvent readCallEnded20KB() {
        return reader.readEvent(ended);
    }

    @Benchmark
    public AgentCallEvent readCallAnalyzed() {
        return reader.readEvent(analyzed);
    }

    @Benchmark
    public FunctionCallRequest readCheckAvailability() {
        return reader.readFunctionCall(function);
    }
}
