package com.askpro.booking.adapter.retell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference's three test vectors (retell-sdk 5.66.1) and the edges of the header scheme. */
class RetellSignatureVerifierTest {

    static final String KEY = "key_test_0123456789abcdef";
    static final long TS = 1_700_000_000_000L;
    static final Instant SIGNED_AT = Instant.ofEpochMilli(TS);

    static final byte[] BODY_1 = utf8("{\"event\":\"call_started\",\"call\":{\"call_id\":\"abc123\"}}");
    static final String HEADER_1 = "v=1700000000000,d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f";
    static final byte[] BODY_2 =
            utf8("{\"event\":\"call_ended\",\"call\":{\"transcript\":\"Agent: \u00bfC\u00f3mo est\u00e1?\"}}");
    static final String HEADER_2 = "v=1700000000000,d=eeb6d17d703f71dbd2c84e6c9363b4dc6b0196c8f97cd8a425a7027480fa2d01";
    static final byte[] BODY_3 = new byte[0];
    static final String HEADER_3 = "v=1700000000000,d=470b04370c56b02732fa865407488dda5a515b23bd190afe034a947177ec32a8";

    final RetellSignatureVerifier verifier = new RetellSignatureVerifier(List.of(KEY));

    @Test
    void vectorBodiesHaveTheReferenceSizes() {
        assertThat(BODY_1).hasSize(52);
        assertThat(BODY_2).hasSize(68);
    }

    @Test
    void signReproducesTheThreeReferenceHeaders() {
        assertThat(RetellSignatureVerifier.sign(BODY_1, KEY, TS)).isEqualTo(HEADER_1);
        assertThat(RetellSignatureVerifier.sign(BODY_2, KEY, TS)).isEqualTo(HEADER_2);
        assertThat(RetellSignatureVerifier.sign(BODY_3, KEY, TS)).isEqualTo(HEADER_3);
    }

    @Test
    void vector1IsAcceptedOneMinuteLaterAndExactlyAtBothEdgesOfTheWindow() {
        assertThat(verifier.isAuthentic(BODY_1, HEADER_1, SIGNED_AT.plusSeconds(60)))
                .isTrue();
        assertThat(verifier.isAuthentic(BODY_1, HEADER_1, SIGNED_AT.plusSeconds(300)))
                .isTrue();
        assertThat(verifier.isAuthentic(BODY_1, HEADER_1, SIGNED_AT.minusSeconds(300)))
                .isTrue();
        assertThat(verifier.isAuthentic(BODY_1, HEADER_1, SIGNED_AT)).isTrue();
    }

    @Test
    void vector1IsRejectedJustOutsideTheWindowInBothDirections() {
        assertThat(verifier.isAuthentic(
                        BODY_1, HEADER_1, SIGNED_AT.plusSeconds(300).plusMillis(1)))
                .isFalse();
        assertThat(verifier.isAuthentic(
                        BODY_1, HEADER_1, SIGNED_AT.minusSeconds(300).minusMillis(1)))
                .isFalse();
        assertThat(verifier.isAuthentic(BODY_1, HEADER_1, SIGNED_AT.plusSeconds(360)))
                .isFalse();
    }

    @Test
    void vector1IsRejectedWithOneByteAppended() {
        byte[] tampered = Arrays.copyOf(BODY_1, BODY_1.length + 1);
        tampered[BODY_1.length] = ' ';
        assertThat(verifier.isAuthentic(tampered, HEADER_1, SIGNED_AT.plusSeconds(60)))
                .isFalse();
    }

    @Test
    void vector1IsRejectedWithTheWrongKey() {
        RetellSignatureVerifier other = new RetellSignatureVerifier(List.of("key_test_somebody_else"));
        assertThat(other.isAuthentic(BODY_1, HEADER_1, SIGNED_AT.plusSeconds(60)))
                .isFalse();
    }

    @Test
    void nonAsciiVector2IsAcceptedBecauseTheHmacCoversUtf8Bytes() {
        assertThat(verifier.isAuthentic(BODY_2, HEADER_2, SIGNED_AT.plusSeconds(60)))
                .isTrue();
        byte[] latin1 = "{\"event\":\"call_ended\",\"call\":{\"transcript\":\"Agent: \u00bfC\u00f3mo est\u00e1?\"}}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(verifier.isAuthentic(latin1, HEADER_2, SIGNED_AT.plusSeconds(60)))
                .isFalse();
    }

    @Test
    void emptyBodyVector3IsAcceptedForEmptyAndNullBodies() {
        assertThat(verifier.isAuthentic(BODY_3, HEADER_3, SIGNED_AT.plusSeconds(60)))
                .isTrue();
        assertThat(verifier.isAuthentic(null, HEADER_3, SIGNED_AT.plusSeconds(60)))
                .isTrue();
        assertThat(verifier.isAuthentic(BODY_3, HEADER_1, SIGNED_AT.plusSeconds(60)))
                .isFalse();
    }

    @Test
    void duringRotationASignatureFromEitherKeyIsAccepted() {
        String newKey = "key_test_fedcba9876543210";
        RetellSignatureVerifier rotating = new RetellSignatureVerifier(List.of(KEY, newKey));
        String byNewKey = RetellSignatureVerifier.sign(BODY_1, newKey, TS);

        assertThat(byNewKey).isNotEqualTo(HEADER_1);
        assertThat(rotating.isAuthentic(BODY_1, HEADER_1, SIGNED_AT)).isTrue();
        assertThat(rotating.isAuthentic(BODY_1, byNewKey, SIGNED_AT)).isTrue();
        assertThat(verifier.isAuthentic(BODY_1, byNewKey, SIGNED_AT)).isFalse();
        assertThat(rotating.keyCount()).isEqualTo(2);
    }

    @Test
    void upperCaseHexDigestIsAccepted() {
        String upper = "v=1700000000000,d="
                + HEADER_1.substring("v=1700000000000,d=".length()).toUpperCase();
        assertThat(verifier.isAuthentic(BODY_1, upper, SIGNED_AT)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "v=abc,d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f",
                "v=1700000000000,d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002",
                "v=1700000000000,d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f0",
                "v=1700000000000, d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f",
                " v=1700000000000,d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f",
                "v=1700000000000,d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f ",
                "d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f,v=1700000000000",
                "v=1700000000000,d=zz2c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f",
                "v=-1700000000000,d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f",
                "v=1700000000000",
                "812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f",
                "v=170000000000000000000000000000,d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f"
            })
    void malformedHeadersAreRejectedWithoutAnException(String header) {
        assertThat(verifier.isAuthentic(BODY_1, header, SIGNED_AT)).isFalse();
    }

    @Test
    void extremeClockValuesAreRejectedWithoutAnException() {
        String maxTs = "v=9223372036854775807,d=812c8c9654c936d543df5e29e289ac77a81d99782e4d282e1f0ebe500719002f";
        assertThat(verifier.isAuthentic(BODY_1, maxTs, Instant.ofEpochMilli(Long.MIN_VALUE)))
                .isFalse();
        assertThat(verifier.isAuthentic(BODY_1, HEADER_1, Instant.MAX)).isFalse();
    }

    @Test
    void keysMustBeConfigured() {
        assertThatThrownBy(() -> new RetellSignatureVerifier(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one Retell API key");
        assertThatThrownBy(() -> new RetellSignatureVerifier(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one Retell API key");
        assertThatThrownBy(() -> new RetellSignatureVerifier(List.of(KEY, "  ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#2 of 2 is blank");
        assertThatThrownBy(() -> new RetellSignatureVerifier(Arrays.asList(KEY, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#2 of 2 is blank");
    }

    @Test
    void commaSeparatedKeysAreSplitAndTrimmed() {
        RetellSignatureVerifier fromEnv = RetellSignatureVerifier.fromCommaSeparated(" old_key , " + KEY + ",, ");
        assertThat(fromEnv.keyCount()).isEqualTo(2);
        assertThat(fromEnv.isAuthentic(BODY_1, HEADER_1, SIGNED_AT)).isTrue();
        assertThatThrownBy(() -> RetellSignatureVerifier.fromCommaSeparated(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no Retell API key configured");
        assertThatThrownBy(() -> RetellSignatureVerifier.fromCommaSeparated(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signRejectsABlankKeyAndANegativeTimestamp() {
        assertThatThrownBy(() -> RetellSignatureVerifier.sign(BODY_1, " ", TS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetellSignatureVerifier.sign(BODY_1, KEY, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignatureMadeBySignVerifiesAtAnyTimestamp() {
        long ts = 1_780_012_672_105L;
        String header = RetellSignatureVerifier.sign(BODY_2, KEY, ts);
        assertThat(verifier.isAuthentic(BODY_2, header, Instant.ofEpochMilli(ts - 299_999)))
                .isTrue();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
