package com.askpro.booking.application.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape and hashing of API key secrets. Issued keys read {@code ak_<prefix>_<secret>}: an
 * 8-character lookup prefix and 32 random bytes (base64url). Only SHA-256 digests are stored and
 * compared, in constant time. Any other text (e.g. a configured demo key) is looked up by a
 * 12-character prefix derived from its digest.
 */
public final class ApiKeySecrets {

    private static final Pattern ISSUED = Pattern.compile("ak_([a-z0-9]{8})_([A-Za-z0-9_-]{43})");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    /** A key's lookup prefix and the digest of its secret. */
    public record Parts(String prefix, String secretHash) {}

    /** A fresh key text in the issued format. */
    public static String generate() {
        StringBuilder prefix = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            prefix.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "ak_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** How {@code keyText} is found and checked. */
    public static Parts parts(String keyText) {
        Matcher issued = ISSUED.matcher(keyText);
        if (issued.matches()) {
            return new Parts(issued.group(1), sha256Hex(issued.group(2)));
        }
        String digest = sha256Hex(keyText);
        return new Parts(digest.substring(0, 12), digest);
    }

    /** Constant-time comparison of two texts through their digests. */
    public static boolean sameSecret(String expectedHashHex, String actualHashHex) {
        return MessageDigest.isEqual(
                expectedHashHex.getBytes(StandardCharsets.US_ASCII), actualHashHex.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
