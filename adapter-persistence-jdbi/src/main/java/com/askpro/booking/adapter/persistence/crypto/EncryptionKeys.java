package com.askpro.booking.adapter.persistence.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of personal data at rest: {@code current} encrypts every new value; {@code old} keys
 * (during a rotation) are only used to read values written before.
 */
public record EncryptionKeys(EncryptionKey current, List<EncryptionKey> old) {

    public EncryptionKeys {
        if (current == null) {
            throw new IllegalArgumentException("an encryption key is required");
        }
        List<EncryptionKey> distinct = new ArrayList<>();
        for (EncryptionKey key : old == null ? List.<EncryptionKey>of() : old) {
            if (!key.equals(current) && !distinct.contains(key)) {
                distinct.add(key);
            }
        }
        old = List.copyOf(distinct);
    }

    public static EncryptionKeys of(EncryptionKey current) {
        return new EncryptionKeys(current, List.of());
    }

    /** Every key by id, the current one first. */
    public Map<String, EncryptionKey> byId() {
        Map<String, EncryptionKey> keys = new LinkedHashMap<>();
        keys.put(current.id(), current);
        old.forEach(key -> keys.putIfAbsent(key.id(), key));
        return keys;
    }

    public Optional<EncryptionKey> find(String id) {
        return Optional.ofNullable(byId().get(id));
    }

    @Override
    public String toString() {
        return "EncryptionKeys[current=" + current.id() + ", old="
                + old.stream().map(EncryptionKey::id).toList() + "]";
    }
}
