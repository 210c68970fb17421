package com.askpro.booking.adapter.persistence;

import com.askpro.booking.adapter.persistence.crypto.FieldCipher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings every personal field to the current key, in small batches while the server runs: plain
 * text from before encryption is encrypted (and its phone hash filled in), values under an old key
 * are re-encrypted. Each row is written with a compare-and-set on the values read, so a concurrent
 * change by the application is never overwritten (the row is simply left for the next pass).
 * Idempotent and resumable: values already under the current key are skipped, so an interrupted
 * run just starts again.
 */
public final class FieldEncryptionMigration {

    /** A table's personal columns; {@code hashes} maps a phone column to its keyed-hash column. */
    record Table(String name, List<String> columns, Map<String, String> hashes) {}

    static final List<Table> TABLES = List.of(
            new Table("customers", List.of("phone", "name", "email"), Map.of("phone", "phone_hash")),
            new Table(
                    "calls",
                    List.of("from_number", "transcript", "recording_url", "summary", "custom_analysis_json"),
                    Map.of("from_number", "from_hash")),
            new Table("appointments", List.of("notes", "status_reason"), Map.of()),
            new Table("appointment_actions", List.of("details"), Map.of()),
            new Table("webhook_events", List.of("raw_body"), Map.of()),
            new Table("api_call_logs", List.of("error"), Map.of()),
            new Table("notifications", List.of("recipient", "last_error"), Map.of()),
            new Table("dashboard_users", List.of("email", "name"), Map.of()));

    /** What one pass changed: rows rewritten per table, and rows skipped because they changed meanwhile. */
    public record Result(Map<String, Long> rewritten, long skipped) {
        public long total() {
            return rewritten.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Jdbi jdbi;
    private final FieldCipher cipher;

    FieldEncryptionMigration(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    /** One pass over every table, {@code batchSize} rows per transaction. */
    public Result run(int batchSize) {
        Map<String, Long> rewritten = new LinkedHashMap<>();
        long skipped = 0;
        for (Table table : TABLES) {
            long[] counts = migrate(table, batchSize);
            rewritten.put(table.name(), counts[0]);
            skipped += counts[1];
        }
        return new Result(rewritten, skipped);
    }

    /** How many personal values are not yet under the current key (plain text or an old key). */
    public long pending() {
        long pending = 0;
        for (Table table : TABLES) {
            for (String column : table.columns()) {
                pending += jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table.name()
                                + " WHERE " + column + " IS NOT NULL AND " + column + " NOT LIKE :current")
                        .bind("current", "ENC1:" + cipher.keys().current().id() + ":%")
                        .mapTo(Long.class)
                        .one());
            }
        }
        return pending;
    }

    private long[] migrate(Table table, int batchSize) {
        long rewritten = 0;
        long skipped = 0;
        Object last = null;
        while (true) {
            Object after = last;
            List<Map<String, Object>> rows = jdbi.withHandle(handle -> batch(handle, table, after, batchSize));
            if (rows.isEmpty()) {
                return new long[] {rewritten, skipped};
            }
            long[] changed = jdbi.inTransaction(handle -> {
                long done = 0;
                long missed = 0;
                for (Map<String, Object> row : rows) {
                    int result = rewrite(handle, table, row);
                    if (result > 0) {
                        done++;
                    } else if (result < 0) {
                        missed++;
                    }
                }
                return new long[] {done, missed};
            });
            rewritten += changed[0];
            skipped += changed[1];
            last = rows.get(rows.size() - 1).get("id");
        }
    }

    private static List<Map<String, Object>> batch(Handle handle, Table table, Object after, int batchSize) {
        List<String> selected = new ArrayList<>(table.columns());
        selected.addAll(table.hashes().values());
        var query = handle.createQuery("SELECT id, " + String.join(", ", selected) + " FROM " + table.name()
                        + (after == null ? "" : " WHERE id > :after") + " ORDER BY id LIMIT :limit")
                .bind("limit", batchSize);
        if (after instanceof UUID uuid) {
            query.bind("after", Db.uuid(uuid));
        } else if (after != null) {
            query.bind("after", ((Number) after).longValue());
        }
        return query.map((rs, ctx) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    Object id = rs.getObject("id");
                    row.put("id", id instanceof UUID ? id : rs.getLong("id"));
                    for (String column : selected) {
                        row.put(column, rs.getString(column));
                    }
                    return row;
                })
                .list();
    }

    /** 1: rewritten, 0: nothing to do, -1: the row changed meanwhile (left for the next pass). */
    private int rewrite(Handle handle, Table table, Map<String, Object> row) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String column : table.columns()) {
            String stored = (String) row.get(column);
            if (!cipher.isCurrent(stored)) {
                changes.put(
                        column,
                        cipher.seal(cipher.open(stored, table.name() + "." + column), table.name() + "." + column));
            }
        }
        for (Map.Entry<String, String> hash : table.hashes().entrySet()) {
            String stored = (String) row.get(hash.getKey());
            if (row.get(hash.getValue()) == null && stored != null) {
                changes.put(hash.getValue(), cipher.phoneHash(cipher.open(stored, table.name() + "." + hash.getKey())));
            }
        }
        if (changes.isEmpty()) {
            return 0;
        }
        List<String> sets = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        int i = 0;
        Map<String, String> binds = new LinkedHashMap<>();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            sets.add(change.getKey() + " = :new" + i);
            binds.put("new" + i, change.getValue());
            Object old = row.get(change.getKey());
            checks.add(old == null ? change.getKey() + " IS NULL" : change.getKey() + " = :old" + i);
            if (old != null) {
                binds.put("old" + i, (String) old);
            }
            i++;
        }
        var update = handle.createUpdate("UPDATE " + table.name() + " SET " + String.join(", ", sets)
                + " WHERE id = :id AND " + String.join(" AND ", checks));
        binds.forEach(update::bind);
        Object id = row.get("id");
        if (id instanceof UUID uuid) {
            update.bind("id", Db.uuid(uuid));
        } else {
            update.bind("id", (Long) id);
        }
        return update.execute() == 1 ? 1 : -1;
    }
}
