package com.askpro.booking.adapter.calcom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Adapter: verifies Cal.com's {@code X-Cal-Signature-256} header: the lowercase hex HMAC-SHA256
 * of the raw request body under the webhook secret, compared in constant time.
 */
public final class CalcomWebhookSignature {

    public static final String HEADER = "X-Cal-Signature-256";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public CalcomWebhookSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a Cal.com webhook secret is required");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** True when {@code signature} is the HMAC of exactly {@code rawBody}; verify before parsing. */
    public boolean verify(byte[] rawBody, String signature) {
        if (rawBody == null || signature == null) {
            return false;
        }
        byte[] expected = sign(rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** The lowercase hex signature Cal.com sends for {@code rawBody}. */
    public String sign(byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
