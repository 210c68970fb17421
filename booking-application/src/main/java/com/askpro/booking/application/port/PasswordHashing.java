package com.askpro.booking.application.port;

/**
 * Outbound port: one-way password hashing for dashboard users (Argon2id in production). A hash
 * is self-describing (algorithm, parameters, salt), so parameters can grow without invalidating
 * stored hashes.
 */
public interface PasswordHashing {

    /** A fresh, salted hash of {@code password}. */
    String hash(String password);

    /** True when {@code password} matches {@code encoded}; a malformed hash matches nothing. Takes as long as {@link #hash}. */
    boolean matches(String password, String encoded);

    /** A valid hash of no known password: compared against when no account exists, so that takes as long as a real check. */
    String decoy();
}
