package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.customer.Customer;
import com.askpro.booking.domain.customer.CustomerId;
import com.askpro.booking.domain.phone.PhoneNumber;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the encryption key is required, checked against the data before the server listens,
 * and rotated with {@code rotate-keys}; a wrong key is refused with a message naming the variable
 * and never used to read or write.
 */
class EncryptionKeyStartupTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {}

    private Run run(Map<String, String> extra, String... args) {
        Map<String, String> env = new HashMap<>(Map.of(
                "ASKPRO_DATA_DIR",
                dir.toString(),
                "ASKPRO_HTTP_HOST",
                "127.0.0.1",
                "ASKPRO_HTTP_PORT",
                "0",
                "ASKPRO_RETELL_API_KEYS",
                RunningServer.KEY));
        env.putAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(
                args,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Starts a server on {@link #dir} with {@code key} (and old keys), stores a customer, stops. */
    private Customer storeCustomer(String key, String oldKeys, String name) {
        Map<String, String> env = new HashMap<>(Map.of(TestKeys.VARIABLE, key));
        if (oldKeys != null) {
            env.put("ASKPRO_ENCRYPTION_OLD_KEYS", oldKeys);
        }
        RunningServer app = startOn(env);
        try {
            return app.db()
                    .customers()
                    .addOrGet(
                            app.demoTenant(),
                            Customer.register(
                                    CustomerId.newId(),
                                    app.demo().id(),
                                    PhoneNumber.parse("+49171" + (1_000_000 + Math.abs(name.hashCode() % 8_000_000))),
                                    name,
                                    null,
                                    Instant.now()));
        } finally {
            app.stop();
        }
    }

    /** A server on {@link #dir}; stop it with {@code stop()} (close would delete the directory the next step reopens). */
    private RunningServer startOn(Map<String, String> env) {
        return RunningServer.start(Clock.systemUTC(), Server.SWEEP_INTERVAL, dir, env);
    }

    @Test
    void withoutAKeyServeRefusesToStartAndNamesTheVariable() {
        Run refused = run(Map.of(), "serve");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .contains("ASKPRO_ENCRYPTION_KEY is required")
                .contains("--demo")
                .doesNotContain("\tat ");
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheVariable() {
        Run shortKey = run(Map.of(TestKeys.VARIABLE, "c2hvcnQta2V5"), "serve");
        assertThat(shortKey.exitCode()).isEqualTo(2);
        assertThat(shortKey.err())
                .contains("ASKPRO_ENCRYPTION_KEY must be the base64 of exactly 32 bytes, was 9 bytes");
        Run notBase64 = run(Map.of(TestKeys.VARIABLE, "not base64 at all!"), "serve");
        assertThat(notBase64.err()).contains("ASKPRO_ENCRYPTION_KEY is not base64");
        Run badOld = run(
                Map.of(TestKeys.VARIABLE, TestKeys.KEY, "ASKPRO_ENCRYPTION_OLD_KEYS", TestKeys.OTHER_KEY + ",abc"),
                "serve");
        assertThat(badOld.err()).contains("ASKPRO_ENCRYPTION_OLD_KEYS (key 2)");
    }

    @Test
    void aWrongKeyOnExistingDataIsRefusedBeforeListening() {
        storeCustomer(TestKeys.KEY, null, "Wilhelmine Kreuzkamp");

        Run wrong = run(Map.of(TestKeys.VARIABLE, TestKeys.OTHER_KEY), "serve");

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err())
                .contains("ASKPRO_ENCRYPTION_KEY does not match this database")
                .doesNotContain("\tat ");
        assertThat(wrong.out()).doesNotContain("listening");
    }

    @Test
    void rotationWithTwoKeysReencryptsEverythingThenTheOldKeyMayGo() {
        Customer before = storeCustomer(TestKeys.KEY, null, "Leopoldine Gansauge");
        Map<String, String> rotating =
                Map.of(TestKeys.VARIABLE, TestKeys.OTHER_KEY, "ASKPRO_ENCRYPTION_OLD_KEYS", TestKeys.KEY);
        Customer during = storeCustomer(TestKeys.OTHER_KEY, TestKeys.KEY, "Friedhelm Ohnesorge");

        Run rotated = run(rotating, "rotate-keys");
        assertThat(rotated.exitCode()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("retired key id").contains("done:");

        RunningServer app = startOn(Map.of(TestKeys.VARIABLE, TestKeys.OTHER_KEY));
        try {
            assertThat(app.db().customers().find(app.demoTenant(), before.id())).hasValueSatisfying(c -> {
                assertThat(c.name()).isEqualTo("Leopoldine Gansauge");
                assertThat(c.phone()).isEqualTo(before.phone());
            });
            assertThat(app.db().customers().findByPhone(app.demoTenant(), during.phone()))
                    .isPresent();
            assertThat(app.db().fieldEncryption().pending()).isZero();
        } finally {
            app.stop();
        }
        Run oldAgain = run(Map.of(TestKeys.VARIABLE, TestKeys.KEY), "serve");
        assertThat(oldAgain.exitCode())
                .as("the retired key no longer opens the data")
                .isEqualTo(2);
        assertThat(oldAgain.err()).contains("does not match");
    }

    @Test
    void beforeTheRotationFinishedTheOldKeyMustStayConfigured() {
        storeCustomer(TestKeys.KEY, null, "Hildegard Sauerbier");
        storeCustomer(TestKeys.OTHER_KEY, TestKeys.KEY, "Gottlieb Wunderlich");

        Run dropped = run(Map.of(TestKeys.VARIABLE, TestKeys.OTHER_KEY), "serve");

        assertThat(dropped.exitCode()).isEqualTo(2);
        assertThat(dropped.err()).contains("ASKPRO_ENCRYPTION_OLD_KEYS").contains("rotate-keys");
    }

    @Test
    void theDemoGeneratesAKeyIntoTheDataDirectoryOnce() throws Exception {
        Config config = Config.fromEnvironment(Map.of("ASKPRO_DATA_DIR", dir.toString()));
        java.util.List<String> said = new java.util.ArrayList<>();
        Config first = PrivacyWiring.demoKeys(config, said::add);
        Config second = PrivacyWiring.demoKeys(config, said::add);

        assertThat(first.privacy().keys().current())
                .isEqualTo(second.privacy().keys().current());
        assertThat(Files.readString(dir.resolve(PrivacyWiring.DEMO_KEY_FILE)).strip())
                .isEqualTo(first.privacy().keys().current().toBase64());
        assertThat(String.join("\n", said))
                .contains("generated into")
                .contains("earlier start")
                .doesNotContain(first.privacy().keys().current().toBase64());
    }
}
