package com.askpro.booking.adapter.persistence.crypto;

/**
 * Wrapping and unwrapping of the index key under one master key. The wrapped index key stored per
 * key id doubles as that key's check value: AES-GCM refuses to open it under any other key.
 */
public final class KeyCheck {

    static final String CONTEXT = "encryption_keys.index_key";

    private KeyCheck() {}

    /** {@code indexKey} sealed under {@code keyId} of {@code keys}. */
    public static String wrap(EncryptionKeys keys, String keyId, byte[] indexKey) {
        return bootstrap(keys).seal(indexKey, CONTEXT, keyId);
    }

    /** The index key from a stored wrapped value; {@link FieldCipher.UndecryptableValueException} for a wrong key. */
    public static byte[] unwrap(EncryptionKeys keys, String wrapped) {
        return bootstrap(keys).openBytes(wrapped, CONTEXT);
    }

    /** A new random index key. */
    public static byte[] newIndexKey() {
        return EncryptionKey.generate().derive("askpro phone index key");
    }

    private static FieldCipher bootstrap(EncryptionKeys keys) {
        return new FieldCipher(keys, new byte[EncryptionKey.LENGTH]);
    }
}
