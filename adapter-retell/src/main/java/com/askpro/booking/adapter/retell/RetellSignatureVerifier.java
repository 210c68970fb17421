package com.askpro.booking.adapter.retell;

import com.askpro.booking.application.voiceagent.VoiceAgentAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Adapter: verifies Retell's {@code X-Retell-Signature} header ({@code v=<unix-ms>,d=<hex HMAC-SHA256>}
 * over the raw body bytes followed by the timestamp digits) against one or more API keys.
 *
 * <p>Immutable and thread-safe: a fresh {@link Mac} is created per verification. A request is
 * accepted when its timestamp lies within {@value #TOLERANCE_MS} ms of {@code now} in either
 * direction (boundary inclusive) and any configured key produces the digest.
 */
public final class RetellSignatureVerifier implements VoiceAgentAuthenticator {

    /** How far the signed timestamp may lie from {@code now}, in either direction. */
    public static final long TOLERANCE_MS = 300_000L;

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern HEADER = Pattern.compile("^v=(\\d+),d=([0-9a-fA-F]{64})$");
    private static final HexFormat HEX = HexFormat.of();

    private final List<SecretKeySpec> keys;

    /**
     * @param apiKeys the Retell API keys with the webhook badge; several during a key rotation
     * @throws IllegalArgumentException when the list is null or empty, or a key is null or blank
     */
    public RetellSignatureVerifier(List<String> apiKeys) {
        if (apiKeys == null || apiKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one Retell API key is required to verify signatures");
        }
        List<SecretKeySpec> specs = new ArrayList<>(apiKeys.size());
        for (int i = 0; i < apiKeys.size(); i++) {
            String key = apiKeys.get(i);
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(
                        "Retell API key #" + (i + 1) + " of " + apiKeys.size() + " is blank");
            }
            specs.add(keySpec(key));
        }
        this.keys = List.copyOf(specs);
    }

    /**
     * Builds a verifier from a comma-separated key list (the form of {@code ASKPRO_RETELL_API_KEYS});
     * surrounding whitespace and empty entries are ignored.
     *
     * @throws IllegalArgumentException when no key remains
     */
    public static RetellSignatureVerifier fromCommaSeparated(String apiKeys) {
        List<String> keys = apiKeys == null
                ? List.of()
                : Arrays.stream(apiKeys.split(","))
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .toList();
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(
                    "no Retell API key configured (expected a comma-separated list of keys)");
        }
        return new RetellSignatureVerifier(keys);
    }

    /** How many keys are accepted (never the keys themselves). */
    public int keyCount() {
        return keys.size();
    }

    /**
     * True when {@code signatureHeader} is a fresh, valid signature of {@code rawBody}. A null body
     * counts as empty (GET/DELETE function calls carry none). Never throws for a bad header.
     */
    @Override
    public boolean isAuthentic(byte[] rawBody, String signatureHeader, Instant now) {
        Objects.requireNonNull(now, "now");
        if (signatureHeader == null) {
            return false;
        }
        Matcher m = HEADER.matcher(signatureHeader);
        if (!m.matches()) {
            return false;
        }
        String timestampDigits = m.group(1);
        if (!isFresh(timestampDigits, now)) {
            return false;
        }
        byte[] claimed = HEX.parseHex(m.group(2));
        byte[] body = rawBody == null ? new byte[0] : rawBody;
        boolean matched = false;
        for (SecretKeySpec key : keys) {
            // No early exit: every key is tried, so timing does not reveal which key matched.
            matched |= MessageDigest.isEqual(hmac(key, body, timestampDigits), claimed);
        }
        return matched;
    }

    /**
     * The {@code X-Retell-Signature} value Retell would send for {@code body} signed with {@code apiKey}
     * at {@code timestampMs}: {@code v=<timestampMs>,d=<lower-case hex>}.
     */
    public static String sign(byte[] body, String apiKey, long timestampMs) {
        Objects.requireNonNull(body, "body");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("a non-blank Retell API key is required to sign");
        }
        if (timestampMs < 0) {
            throw new IllegalArgumentException("timestampMs must not be negative: " + timestampMs);
        }
        String digits = Long.toString(timestampMs);
        return "v=" + digits + ",d=" + HEX.formatHex(hmac(keySpec(apiKey), body, digits));
    }

    private static boolean isFresh(String timestampDigits, Instant now) {
        try {
            long signedAt = Long.parseLong(timestampDigits);
            long skew = Math.subtractExact(now.toEpochMilli(), signedAt);
            return skew >= -TOLERANCE_MS && skew <= TOLERANCE_MS;
        } catch (NumberFormatException | ArithmeticException overflow) {
            return false;
        }
    }

    private static SecretKeySpec keySpec(String apiKey) {
        return new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] body, String timestampDigits) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(body);
            mac.update(timestampDigits.getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
