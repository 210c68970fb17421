package com.askpro.booking.adapter.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 master key (32 bytes) and its public key id: the first 4 bytes of
 * HMAC-SHA256(key, "askpro key id") in hex. The id is written into every ciphertext, so a value
 * names the key it needs; it reveals nothing about the key. {@link #toString()} never shows the key.
 */
public final class EncryptionKey {

    public static final int LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] material;
    private final String id;

    private EncryptionKey(byte[] material) {
        if (material.length != LENGTH) {
            throw new IllegalArgumentException("an encryption key has " + LENGTH + " bytes, not " + material.length);
        }
        this.material = material.clone();
        this.id = HexFormat.of().formatHex(Arrays.copyOf(hmac(this.material, "askpro key id"), 4));
    }

    /**
     * The key from its base64 text (standard or URL-safe alphabet); {@code variable} names where it
     * came from in the message of the {@link IllegalArgumentException} for anything but 32 bytes.
     */
    public static EncryptionKey parse(String base64, String variable) {
        String text = base64 == null ? "" : base64.strip();
        byte[] bytes;
        try {
            bytes = text.contains("-") || text.contains("_")
                    ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " is not base64 (expected the base64 of " + LENGTH
                    + " random bytes, e.g. from `openssl rand -base64 32`)");
        }
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException(variable + " must be the base64 of exactly " + LENGTH + " bytes, was "
                    + bytes.length + " bytes (e.g. `openssl rand -base64 32`)");
        }
        return new EncryptionKey(bytes);
    }

    /** A new random key. */
    public static EncryptionKey generate() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        return new EncryptionKey(bytes);
    }

    /** The key id written into ciphertexts (8 hex characters). */
    public String id() {
        return id;
    }

    /** The key as base64, e.g. to store a generated demo key; handle with care. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(material);
    }

    /** A subkey for one purpose (HMAC-SHA256 of the purpose under this key), so no key serves two algorithms. */
    byte[] derive(String purpose) {
        return hmac(material, purpose);
    }

    static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptionKey key && java.security.MessageDigest.isEqual(material, key.material);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "EncryptionKey[id=" + id + "]";
    }
}
