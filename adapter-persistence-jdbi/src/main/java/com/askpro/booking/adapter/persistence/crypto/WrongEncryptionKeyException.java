package com.askpro.booking.adapter.persistence.crypto;

/** The configured encryption key does not fit the database: refused before anything is served. */
public final class WrongEncryptionKeyException extends IllegalStateException {
    public WrongEncryptionKeyException(String message) {
        super(message);
    }
}
