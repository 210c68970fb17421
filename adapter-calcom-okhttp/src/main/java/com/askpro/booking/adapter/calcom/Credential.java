package com.askpro.booking.adapter.calcom;

import com.askpro.booking.domain.tenant.CompanyId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Adapter: one tenant's Cal.com API key with a non-secret fingerprint (first 12 hex digits of
 * its SHA-256) that names its circuit breaker; {@link #toString()} never shows the key.
 */
record Credential(CompanyId companyId, String apiKey, String fingerprint) {

    static Credential of(CompanyId companyId, String apiKey) {
        return new Credential(companyId, apiKey, fingerprintOf(apiKey));
    }

    static String fingerprintOf(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return "calcom-" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "Credential[" + companyId + ", " + fingerprint + "]";
    }
}
