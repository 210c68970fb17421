package com.askpro.booking.benchmarks;

import com.askpro.booking.adapter.retell.RetellSignatureVerifier;
import java.time.Instant;
import java.util.List;
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
 * {@link RetellSignatureVerifier#isAuthentic}: header parsing, freshness window, HMAC-SHA256 over
 * body ‖ timestamp, constant-time compare. Bodies: the three retell.md test vectors (52 B, 68 B,
 * empty), a realistic call_started (~400 B) and a ~20 KB call_ended. {@code forgedDigest} measures a
 * rejection (same work, wrong digest); the verifier holds two keys as during a key rotation when
 * {@code keys=2} (every key is tried, no early exit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignatureBenchmark {

    static final String KEY = "key_test_0123456789abcdef";
    static final long TS = 1_700_000_000_000L;

    @Param({"vector1_52B", "vector2_68B", "vector3_empty", "call_started", "call_ended_20KB"})
    public String body;

    @Param({"1"})
    public int keys;

    private RetellSignatureVerifier verifier;
    private byte[] bytes;
    private String header;
    private String forged;
    private Instant now;

    @Setup
    public void setUp() {
        bytes = switch (body) {
            case "vector1_52B" -> Payloads.VECTOR_1;
            case "vector2_68B" -> Payloads.VECTOR_2;
            case "vector3_empty" -> Payloads.VECTOR_3;
            case "call_started" ->
                Payloads.callStarted("call_0123456789abcdef", "+4915112345678", DemoFixture.NUMBER, TS);
            case "call_ended_20KB" ->
                Payloads.callEnded("call_0123456789abcdef", "+4915112345678", DemoFixture.NUMBER, TS, 20_000);
            default -> throw new IllegalArgumentException(body);
        };
        verifier = new RetellSignatureVerifier(keys == 1 ? List.of(KEY) : List.of("key_old_fedcba9876543210", KEY));
        header = RetellSignatureVerifier.sign(bytes, KEY, TS);
        forged = header.substring(0, header.length() - 1) + (header.endsWith("0") ? "1" : "0");
        now = Instant.ofEpochMilli(TS + 60_000);
        if (!verifier.isAuthentic(bytes, header, now) || verifier.isAuthentic(bytes, forged, now)) {
            throw new IllegalStateException("signature fixture is wrong for " + body);
        }
    }

    @Benchmark
    public boolean authentic() {
        return verifier.isAuthentic(bytes, header, now);
    }

    @Benchmark
    public boolean forgedDigest() {
        return verifier.isAuthentic(bytes, forged, now);
    }
}
