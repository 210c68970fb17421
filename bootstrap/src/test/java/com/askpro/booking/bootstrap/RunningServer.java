package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.fail;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.TenantContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real {@link Server} for a test class: embedded H2 in a fresh temporary directory, an ephemeral
 * port on loopback, one Retell key ({@link #KEY}) and the demo tenant of SPEC §5.2. Offers a signing
 * {@link RetellClient}, direct database reads, metric scraping and bounded polling.
 */
final class RunningServer implements AutoCloseable {

    static final String KEY = "key_flowtest_0123456789abcdef";

    private final Server server;
    private final Path dataDir;
    private final Company demo;
    private final Clock clock;
    private final RetellClient retell;
    private boolean stopped;

    private RunningServer(Server server, Path dataDir, Company demo, Clock clock) {
        this.server = server;
        this.dataDir = dataDir;
        this.demo = demo;
        this.clock = clock;
        this.retell = new RetellClient(URI.create("http://127.0.0.1:" + server.port()), KEY, clock);
    }

    static RunningServer start(Clock clock) {
        return start(clock, Server.SWEEP_INTERVAL);
    }

    static RunningServer start(Clock clock, Duration sweepInterval) {
        Path dir;
        try {
            dir = Files.createTempDirectory("askpro-flowtest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(clock, sweepInterval, dir);
    }

    /** Starts on an existing data directory (e.g. to restart on the same database). */
    static RunningServer start(Clock clock, Duration sweepInterval, Path dataDir) {
        return start(clock, sweepInterval, dataDir, Map.of());
    }

    /** Starts with extra environment, e.g. {@code ASKPRO_DB_URL} of a PostgreSQL database. */
    static RunningServer start(Clock clock, Duration sweepInterval, Path dataDir, Map<String, String> database) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "ASKPRO_HTTP_HOST", "127.0.0.1",
                "ASKPRO_HTTP_PORT", "0",
                "ASKPRO_DATA_DIR", dataDir.toString(),
                "ASKPRO_DB_POOL_SIZE", "10",
                "ASKPRO_RETELL_API_KEYS", KEY));
        env.putAll(database);
        Config config = Config.fromEnvironment(TestKeys.withKey(env));
        Server server = Server.start(config, clock, Tuning.defaults().withSweepInterval(sweepInterval));
        JdbiPersistence db = server.persistence();
        Company demo = DemoTenant.ensure(
                db.companies(),
                db.branches(),
                db.phoneNumbers(),
                db.services(),
                db.staffMembers(),
                db.tenantDirectory());
        return new RunningServer(server, dataDir, demo, clock);
    }

    RetellClient retell() {
        return retell;
    }

    int port() {
        return server.port();
    }

    JdbiPersistence db() {
        return server.persistence();
    }

    Company demo() {
        return demo;
    }

    TenantContext demoTenant() {
        return demo.tenant();
    }

    Clock clock() {
        return clock;
    }

    Path dataDir() {
        return dataDir;
    }

    /** A single number from the database, e.g. {@code count("select count(*) from webhook_events")}. */
    long count(String sql, Object... parameters) {
        try (Connection connection = db().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long webhookEvents() {
        return count("select count(*) from webhook_events");
    }

    /** The sum of every sample of {@code name} (Prometheus text) whose labels contain all {@code labels}. */
    double metric(String name, String... labels) {
        String text = retell.get("/metrics").body();
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(text);
        double sum = 0;
        while (m.find()) {
            String labelText = m.group(1) == null ? "" : m.group(1);
            if (Stream.of(labels).allMatch(labelText::contains)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    /** Polls until {@code condition} holds, failing after {@code timeout}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        awaitValue(what, timeout, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** Polls until {@code probe} answers a value, failing after {@code timeout}. */
    static <T> T awaitValue(String what, Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                return fail("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted while waiting for " + what);
            }
        }
    }

    /** Stops the server, keeping the data directory (for restart tests). */
    synchronized void stop() {
        if (!stopped) {
            stopped = true;
            server.close();
        }
    }

    @Override
    public void close() {
        stop();
        deleteDataDir();
    }

    void deleteDataDir() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp dir left behind is not a test failure
        }
    }
}
