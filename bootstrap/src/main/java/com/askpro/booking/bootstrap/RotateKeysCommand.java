package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.FieldEncryptionMigration;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code rotate-keys}: re-encrypts every personal field with {@code ASKPRO_ENCRYPTION_KEY}, in
 * batches, while servers keep running (on PostgreSQL; the embedded database is opened by one
 * process at a time), then forgets the old keys' check values so they may be removed from
 * {@code ASKPRO_ENCRYPTION_OLD_KEYS}.
 */
@Command(
        name = "rotate-keys",
        description = "Re-encrypt all personal data with ASKPRO_ENCRYPTION_KEY (old keys in "
                + "ASKPRO_ENCRYPTION_OLD_KEYS), in batches, while the servers run; then retire the old keys.")
final class RotateKeysCommand extends CliCommand {

    /** Passes before giving up on rows that keep changing under the rotation. */
    static final int MAX_PASSES = 20;

    @Override
    protected int run() {
        Config config = Config.fromEnvironment(cli().env());
        PrintStream out = cli().out();
        try (JdbiPersistence db = PrivacyWiring.open(config)) {
            FieldEncryptionMigration migration = db.fieldEncryption();
            long rewritten = 0;
            for (int pass = 1; pass <= MAX_PASSES; pass++) {
                FieldEncryptionMigration.Result result = migration.run(PrivacyWiring.BATCH);
                rewritten += result.total();
                out.println("pass " + pass + ": re-encrypted " + result.total() + " rows " + result.rewritten()
                        + (result.skipped() > 0 ? ", " + result.skipped() + " changed meanwhile (next pass)" : ""));
                if (migration.pending() == 0) {
                    List<String> retired = db.retireOldKeys();
                    out.println("done: " + rewritten + " rows now under key id "
                            + db.cipher().keys().current().id()
                            + (retired.isEmpty()
                                    ? ""
                                    : "; retired key id(s) " + String.join(", ", retired)
                                            + " — they may be removed from ASKPRO_ENCRYPTION_OLD_KEYS"));
                    return 0;
                }
            }
            throw new Failure(
                    migration.pending() + " values are still not under the current key after " + MAX_PASSES
                            + " passes (rows changing all the time?); run rotate-keys again, keep ASKPRO_ENCRYPTION_OLD_KEYS set");
        }
    }
}
