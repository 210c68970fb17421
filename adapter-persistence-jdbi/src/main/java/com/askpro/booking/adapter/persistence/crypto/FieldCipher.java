package com.askpro.booking.adapter.persistence.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of personal fields at rest, used by the repositories: AES-256-GCM (the JDK's
 * provider) with a fresh random 96-bit nonce per value and the column name as associated data,
 * so a ciphertext cannot be moved to another column unnoticed. A stored value reads
 * {@code ENC1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>}: the key id selects the current or an
 * old key on reading. A value without the prefix is a plain-text row from before encryption and is
 * answered as it is until the migration has encrypted it.
 *
 * <p>{@link #phoneHash} is the keyed hash (HMAC-SHA256) of an E.164 number under the separate
 * index key, for equality lookups without storing the number in clear. Thread-safe.
 */
public final class FieldCipher {

    static final String PREFIX = "ENC1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String AES_PURPOSE = "askpro field encryption v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EncryptionKeys keys;
    private final Map<String, SecretKey> aesKeys = new HashMap<>();
    private final String currentPrefix;
    private final SecretKeySpec indexKey;

    /** {@code indexKey}: the 32-byte key of {@link #phoneHash}, the same for the whole database. */
    public FieldCipher(EncryptionKeys keys, byte[] indexKey) {
        this.keys = keys;
        keys.byId().forEach((id, key) -> aesKeys.put(id, new SecretKeySpec(key.derive(AES_PURPOSE), "AES")));
        this.currentPrefix = PREFIX + keys.current().id() + ":";
        if (indexKey == null || indexKey.length != EncryptionKey.LENGTH) {
            throw new IllegalArgumentException("the index key has " + EncryptionKey.LENGTH + " bytes");
        }
        this.indexKey = new SecretKeySpec(indexKey.clone(), "HmacSHA256");
    }

    public EncryptionKeys keys() {
        return keys;
    }

    /** {@code plain} encrypted with the current key for column {@code context}; null stays null. */
    public String seal(String plain, String context) {
        return plain == null
                ? null
                : seal(
                        plain.getBytes(StandardCharsets.UTF_8),
                        context,
                        keys.current().id());
    }

    /** The plain text of a stored value of column {@code context}; null stays null, legacy plain text is answered as is. */
    public String open(String stored, String context) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        return new String(openBytes(stored, context), StandardCharsets.UTF_8);
    }

    /** True when {@code stored} is null or already encrypted with the current key (nothing to re-encrypt). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(currentPrefix);
    }

    /** True when {@code stored} is a ciphertext of this format (of any key). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The key id a stored ciphertext names, or null for plain text. */
    public static String keyIdOf(String stored) {
        if (!isSealed(stored)) {
            return null;
        }
        int end = stored.indexOf(':', PREFIX.length());
        return end < 0 ? null : stored.substring(PREFIX.length(), end);
    }

    /** HMAC-SHA256 of the E.164 number under the index key, 64 hex characters; null stays null. */
    public String phoneHash(String e164) {
        return e164 == null ? null : indexHash("phone:" + e164);
    }

    /** HMAC-SHA256 of the e-mail address in lower case under the index key, 64 hex characters; null stays null. */
    public String emailHash(String email) {
        return email == null ? null : indexHash("email:" + email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private String indexHash(String purposeAndValue) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(purposeAndValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    /** Encrypts raw bytes under the key with {@code keyId} (e.g. to wrap the index key). */
    String seal(byte[] plain, String context, String keyId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKeys.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            ByteBuffer out =
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available in this JDK", e);
        }
    }

    byte[] openBytes(String stored, String context) {
        String keyId = keyIdOf(stored);
        if (keyId == null) {
            throw new UndecryptableValueException("a value of " + context + " is not a well-formed ciphertext");
        }
        SecretKey key = aesKeys.get(keyId);
        if (key == null) {
            throw new UndecryptableValueException("a value of " + context + " is encrypted with key id " + keyId
                    + ", which is neither ASKPRO_ENCRYPTION_KEY nor one of ASKPRO_ENCRYPTION_OLD_KEYS");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new UndecryptableValueException("a value of " + context + " is not a well-formed ciphertext");
        }
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UndecryptableValueException("a value of " + context + " is too short to be a ciphertext");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new UndecryptableValueException("a value of " + context + " fails authentication under key id "
                    + keyId + " (wrong key, or the value was altered)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available in this JDK", e);
        }
    }

    /** A stored value that cannot be decrypted with the configured keys: never answered garbled. */
    public static final class UndecryptableValueException extends IllegalStateException {
        public UndecryptableValueException(String message) {
            super(message);
        }
    }
}
