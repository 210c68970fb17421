package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.http.BackupController;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: an online backup of the embedded database taken through the running server
 * ({@code POST /admin/backup}), restored into a new data directory, holds exactly what was there
 * when it was taken.
 */
class BackupRestoreTest {

    private static final String ADMIN_KEY = "admin_backup_test_0123456789abcdef";

    @TempDir
    Path live;

    @TempDir
    Path restored;

    @TempDir
    Path vault;

    @Test
    void givenARunningServerWhenBackedUpAndRestoredThenTheRestoredDatabaseHoldsTheDataOfTheBackup() throws Exception {
        Path backup;
        long callsAtBackup;
        try (RunningServer app = RunningServer.start(
                Clock.systemUTC(), Server.SWEEP_INTERVAL, live, Map.of("ASKPRO_ADMIN_KEY", ADMIN_KEY))) {
            simulateCall(app);
            callsAtBackup = app.count("select count(*) from calls");
            assertThat(callsAtBackup).isEqualTo(1);

            assertThat(app.retell()
                            .post(BackupController.PATH, new byte[0], Map.of())
                            .status())
                    .isEqualTo(401);
            assertThat(app.retell()
                            .post(BackupController.PATH, new byte[0], Map.of("Authorization", "Bearer wrong"))
                            .status())
                    .isEqualTo(401);
            RetellClient.Response answer = app.retell()
                    .post(BackupController.PATH, new byte[0], Map.of("Authorization", "Bearer " + ADMIN_KEY));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            backup = Path.of(answer.json().path("file").asText());
            assertThat(backup).exists().startsWith(live.resolve("backups").toAbsolutePath());
            assertThat(answer.json().path("bytes").asLong())
                    .isEqualTo(Files.size(backup))
                    .isPositive();
            assertThat(app.count("select count(*) from audit_events where action = 'database.backup'"))
                    .isEqualTo(1);
            backup = Files.copy(backup, vault.resolve(backup.getFileName()));

            simulateCall(app, "+4915112345679");
            assertThat(app.count("select count(*) from calls"))
                    .as("a call after the backup")
                    .isEqualTo(2);
        }

        unzip(backup, restored);
        assertThat(restored.resolve("askpro.mv.db")).exists();
        try (RunningServer app = RunningServer.start(Clock.systemUTC(), Server.SWEEP_INTERVAL, restored, Map.of())) {
            assertThat(app.count("select count(*) from calls")).isEqualTo(callsAtBackup);
            assertThat(app.count("select count(*) from appointments")).isEqualTo(1);
            assertThat(app.count("select count(*) from companies where name = 'Demo Salon'"))
                    .isEqualTo(1);
            assertThat(app.retell().get("/health/ready").status()).isEqualTo(200);
        }
    }

    private static void simulateCall(RunningServer app) throws Exception {
        simulateCall(app, "+4915112345678");
    }

    /** Each call from its own number: one customer cannot hold two overlapping appointments. */
    private static void simulateCall(RunningServer app, String caller) throws Exception {
        new CallSimulator(
                        URI.create("http://127.0.0.1:" + app.port()),
                        RunningServer.KEY,
                        DemoTenant.NUMBER,
                        caller,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        Clock.systemUTC())
                .run();
    }

    private static void unzip(Path zip, Path into) throws Exception {
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target =
                        into.resolve(Path.of(entry.getName()).getFileName().toString());
                Files.copy(entries, target);
            }
        }
    }
}
