package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.EncryptionKey;
import com.askpro.booking.adapter.persistence.crypto.EncryptionKeys;
import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import com.askpro.booking.adapter.persistence.crypto.KeyCheck;
import com.askpro.booking.adapter.persistence.crypto.WrongEncryptionKeyException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The keys the database knows, in table {@code encryption_keys}: one row per key id with the index
 * key wrapped under that key (its key check value). At start the configured keys are checked
 * against it before anything is read or written: a wrong key is refused, never used to write.
 */
final class EncryptionKeyRegistry {

    private EncryptionKeyRegistry() {}

    /** Verifies {@code keys} against the database and answers the cipher of the repositories. */
    static FieldCipher open(Jdbi jdbi, EncryptionKeys keys, Instant now) {
        Map<String, String> stored = stored(jdbi);
        if (stored.isEmpty()) {
            byte[] indexKey = KeyCheck.newIndexKey();
            insert(jdbi, keys.current().id(), KeyCheck.wrap(keys, keys.current().id(), indexKey), now);
            stored = stored(jdbi); // another instance may have registered first: use what is stored
        }
        Map<String, EncryptionKey> configured = keys.byId();
        List<String> unknown = stored.keySet().stream()
                .filter(id -> !configured.containsKey(id))
                .toList();
        List<String> known =
                stored.keySet().stream().filter(configured::containsKey).toList();
        if (known.isEmpty()) {
            throw new WrongEncryptionKeyException(
                    "ASKPRO_ENCRYPTION_KEY does not match this database: its personal data is "
                            + "encrypted with key id " + String.join(", ", stored.keySet())
                            + ", the configured key has id "
                            + keys.current().id()
                            + (keys.old().isEmpty()
                                    ? ""
                                    : " (ASKPRO_ENCRYPTION_OLD_KEYS: "
                                            + keys.old().stream()
                                                    .map(EncryptionKey::id)
                                                    .toList() + ")")
                            + ". Set the key the data was written with; during a rotation keep it in ASKPRO_ENCRYPTION_OLD_KEYS.");
        }
        byte[] indexKey = null;
        for (String id : known) {
            byte[] unwrapped;
            try {
                unwrapped = KeyCheck.unwrap(keys, stored.get(id));
            } catch (FieldCipher.UndecryptableValueException e) {
                throw new WrongEncryptionKeyException("the key with id " + id + " (ASKPRO_ENCRYPTION_KEY or "
                        + "ASKPRO_ENCRYPTION_OLD_KEYS) fails this database's stored key check value: it is not the key "
                        + "the data was written with");
            }
            if (indexKey != null && !Arrays.equals(indexKey, unwrapped)) {
                throw new WrongEncryptionKeyException(
                        "the configured keys disagree about this database's phone index key");
            }
            indexKey = unwrapped;
        }
        if (!unknown.isEmpty()) {
            throw new WrongEncryptionKeyException("personal data in this database may still be encrypted with key id "
                    + String.join(", ", unknown)
                    + ", which is neither ASKPRO_ENCRYPTION_KEY nor in ASKPRO_ENCRYPTION_OLD_KEYS: "
                    + "keep the previous key in ASKPRO_ENCRYPTION_OLD_KEYS until `rotate-keys` has finished");
        }
        if (!stored.containsKey(keys.current().id())) {
            insert(jdbi, keys.current().id(), KeyCheck.wrap(keys, keys.current().id(), indexKey), now);
        }
        return new FieldCipher(keys, indexKey);
    }

    /** Forgets every key but the current one (after everything was re-encrypted with it). */
    static List<String> retireAllBut(Jdbi jdbi, EncryptionKey current) {
        List<String> retired = stored(jdbi).keySet().stream()
                .filter(id -> !id.equals(current.id()))
                .toList();
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM encryption_keys WHERE key_id <> :current")
                .bind("current", current.id())
                .execute());
        return retired;
    }

    private static Map<String, String> stored(Jdbi jdbi) {
        Map<String, String> rows = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery(
                        "SELECT key_id, index_key FROM encryption_keys ORDER BY created_at, key_id")
                .map((rs, ctx) -> Map.entry(rs.getString("key_id"), rs.getString("index_key")))
                .forEach(entry -> rows.put(entry.getKey(), entry.getValue())));
        return rows;
    }

    private static void insert(Jdbi jdbi, String keyId, String wrapped, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                INSERT INTO encryption_keys (key_id, index_key, created_at) VALUES (:id, :wrapped, :now)
                ON CONFLICT DO NOTHING
                """)
                .bind("id", keyId)
                .bind("wrapped", wrapped)
                .bind("now", Db.ts(now))
                .execute());
    }
}
