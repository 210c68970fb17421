package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.crypto.EncryptionKey;
import com.askpro.booking.adapter.persistence.crypto.EncryptionKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The privacy part of the configuration: {@code ASKPRO_ENCRYPTION_KEY} (base64 of 32 bytes) and
 * {@code ASKPRO_ENCRYPTION_OLD_KEYS} (comma-separated, still readable during a rotation).
 * {@code keys} is null when no key is set: only {@code serve --demo} may go on, with a generated
 * one ({@link PrivacyWiring#demoKeys}). Never prints a key.
 */
public record PrivacyConfig(EncryptionKeys keys) {

    static final String KEY_VARIABLE = "ASKPRO_ENCRYPTION_KEY";
    static final String OLD_KEYS_VARIABLE = "ASKPRO_ENCRYPTION_OLD_KEYS";

    static final String KEY_REQUIRED =
            KEY_VARIABLE + " is required: the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)"
                    + " encrypts personal data at rest; only `serve --demo` generates one into the data directory";

    /** Reads both variables; every problem is added to {@code problems} with the variable's name. */
    static PrivacyConfig fromEnvironment(Map<String, String> env, List<String> problems) {
        String current = env.get(KEY_VARIABLE);
        List<EncryptionKey> old = new ArrayList<>();
        String oldText = env.get(OLD_KEYS_VARIABLE);
        if (oldText != null) {
            List<String> parts = Arrays.stream(oldText.split(","))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
            for (int i = 0; i < parts.size(); i++) {
                try {
                    old.add(EncryptionKey.parse(parts.get(i), OLD_KEYS_VARIABLE + " (key " + (i + 1) + ")"));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (current == null || current.isBlank()) {
            if (!old.isEmpty()) {
                problems.add(OLD_KEYS_VARIABLE + " is set but " + KEY_VARIABLE
                        + " is not: the current key is needed to write");
            }
            return new PrivacyConfig(null);
        }
        try {
            return new PrivacyConfig(new EncryptionKeys(EncryptionKey.parse(current, KEY_VARIABLE), old));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return new PrivacyConfig(null);
        }
    }

    /** The keys, or the start-up refusal naming {@code ASKPRO_ENCRYPTION_KEY}. */
    EncryptionKeys requireKeys() {
        if (keys == null) {
            throw new Config.InvalidConfigException(List.of(KEY_REQUIRED));
        }
        return keys;
    }

    @Override
    public String toString() {
        return keys == null ? "PrivacyConfig[no key]" : "PrivacyConfig[" + keys + "]";
    }
}
