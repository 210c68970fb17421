package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.http.api.PrivacyRoutes;
import com.askpro.booking.adapter.persistence.FieldEncryptionMigration;
import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.adapter.persistence.crypto.EncryptionKey;
import com.askpro.booking.adapter.persistence.crypto.EncryptionKeys;
import com.askpro.booking.application.privacy.EraseCustomerData;
import com.askpro.booking.application.privacy.ExportCustomerData;
import com.askpro.booking.application.privacy.ListAuditEvents;
import com.askpro.booking.application.privacy.PurgeExpiredPersonalData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wiring of privacy by design (docs/privacy.md): the encryption keys (required, or generated for
 * the demo), the online encryption of rows written before encryption or under an old key, the
 * GDPR erasure and export routes and the audit trail, and the hourly retention purge.
 */
final class PrivacyWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyWiring.class);

    /** The demo's generated key, in the data directory. */
    static final String DEMO_KEY_FILE = "encryption.key";

    /** Rows per transaction of the online encryption. */
    static final int BATCH = 200;

    /** How often the retention purge runs on each instance (idempotent, so instances may overlap). */
    static final Duration RETENTION_INTERVAL = Duration.ofHours(1);

    private final ExecutorService background;
    private final ScheduledExecutorService retention;

    private PrivacyWiring(ExecutorService background, ScheduledExecutorService retention) {
        this.background = background;
        this.retention = retention;
    }

    /** The routes of GDPR requests and the audit trail. */
    static PrivacyRoutes.UseCases routes(JdbiPersistence db, Clock clock) {
        return new PrivacyRoutes.UseCases(
                new EraseCustomerData(db.personalData(), db.companies(), db.auditLog(), clock),
                new ExportCustomerData(db.personalData(), db.companies(), db.auditLog(), clock),
                new ListAuditEvents(db.auditLog()));
    }

    /** The retention purge, counting purged rows in {@code askpro_privacy_purged_rows_total{kind}}. */
    static Runnable retentionPurge(JdbiPersistence db, MeterRegistry registry, Clock clock) {
        PurgeExpiredPersonalData purge =
                new PurgeExpiredPersonalData(db.companies(), db.personalData(), db.auditLog(), clock);
        Counter calls = Counter.builder("askpro_privacy_purged_rows")
                .tag("kind", "call")
                .description("rows whose personal data the retention purge erased")
                .register(registry);
        Counter events = Counter.builder("askpro_privacy_purged_rows")
                .tag("kind", "webhook_event")
                .description("rows whose personal data the retention purge erased")
                .register(registry);
        return () -> {
            try {
                PurgeExpiredPersonalData.Result result = purge.run();
                calls.increment(result.calls());
                events.increment(result.webhookEvents());
                if (result.total() > 0) {
                    LOG.info(
                            "retention purge: personal data of {} calls and {} webhook bodies erased",
                            result.calls(),
                            result.webhookEvents());
                }
            } catch (RuntimeException e) {
                LOG.warn("retention purge failed; it runs again in {}: {}", RETENTION_INTERVAL, e.getMessage());
            }
        };
    }

    /**
     * For {@code serve --demo} without {@code ASKPRO_ENCRYPTION_KEY}: the key in
     * {@code <data dir>/encryption.key}, generated on the first demo start; says so through
     * {@code say} (the file's path, never the key).
     */
    static Config demoKeys(Config config, Consumer<String> say) {
        if (config.privacy().keys() != null) {
            return config;
        }
        Path file = config.dataDir().resolve(DEMO_KEY_FILE);
        try {
            EncryptionKey key;
            if (Files.exists(file)) {
                key = EncryptionKey.parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
                say.accept("encryption key: " + file
                        + " (demo key from an earlier start; set ASKPRO_ENCRYPTION_KEY outside the demo)");
            } else {
                Files.createDirectories(config.dataDir());
                key = EncryptionKey.generate();
                Files.writeString(file, key.toBase64() + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the file keeps the directory's permissions
                }
                say.accept("encryption key: generated into " + file
                        + " (keep it: without it the stored personal data cannot be read)");
            }
            return config.withPrivacy(new PrivacyConfig(EncryptionKeys.of(key)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the demo encryption key " + file, e);
        }
    }

    /** Opens the database with the configured keys (refusing a wrong one), e.g. for {@code rotate-keys}. */
    static JdbiPersistence open(Config config) {
        try {
            return JdbiPersistence.start(
                    Server.persistenceConfig(config), config.privacy().requireKeys());
        } catch (com.askpro.booking.adapter.persistence.crypto.WrongEncryptionKeyException e) {
            throw new Config.InvalidConfigException(List.of(e.getMessage()));
        }
    }

    /** Starts the online encryption of what is not yet under the current key (plain-text rows, old keys). */
    static PrivacyWiring start(JdbiPersistence db, MeterRegistry registry, Clock clock) {
        ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "askpro-field-encryption");
            thread.setDaemon(true);
            return thread;
        });
        background.execute(() -> encryptPending(db.fieldEncryption()));
        ScheduledExecutorService retention = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "askpro-retention");
            thread.setDaemon(true);
            return thread;
        });
        retention.scheduleWithFixedDelay(
                retentionPurge(db, registry, clock), 1, RETENTION_INTERVAL.toMinutes(), TimeUnit.MINUTES);
        return new PrivacyWiring(background, retention);
    }

    private static void encryptPending(FieldEncryptionMigration migration) {
        try {
            FieldEncryptionMigration.Result result = migration.run(BATCH);
            if (result.total() > 0 || result.skipped() > 0) {
                LOG.info(
                        "encrypted personal data written before encryption or under an old key: {} rows {} ({} changed meanwhile, left for the next start)",
                        result.total(),
                        result.rewritten(),
                        result.skipped());
            }
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                LOG.warn("online encryption of older rows stopped; it resumes on the next start: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        retention.shutdownNow();
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
