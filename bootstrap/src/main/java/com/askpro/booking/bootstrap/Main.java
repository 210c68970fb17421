package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.application.admin.ApiKeySecrets;
import java.io.PrintStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code serve [--demo]} (default), {@code migrate}, and
 * {@code simulate-call [--url URL] [--key RETELL_KEY] [--to NUMBER] [--from NUMBER]}.
 */
public final class Main {

    private static final String USAGE = """
            usage: java -jar askpro-booking.jar <command>
              serve [--demo]        run the server (default); --demo also creates the demo tenant
              migrate               apply database migrations and exit
              simulate-call [--url URL] [--key RETELL_KEY] [--to +493083793369] [--from +4915112345678]
                                    play a complete signed Retell call against a running server
            configuration: environment variables ASKPRO_* (see README)""";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String command = rest.isEmpty() || rest.get(0).startsWith("--") ? "serve" : rest.remove(0);
        try {
            switch (command) {
                case "serve" -> serve(Config.fromEnvironment(env), rest.remove("--demo"), out);
                case "migrate" -> {
                    var persistence = Server.persistenceConfig(Config.fromEnvironment(env));
                    JdbiPersistence.migrateSchema(persistence);
                    out.println("database migrated (" + (persistence.isPostgres() ? "PostgreSQL" : "embedded H2") + ")");
                }
                case "simulate-call" -> simulate(rest, env, out);
                case "help", "--help", "-h" -> out.println(USAGE);
                default -> {
                    err.println("unknown command '" + command + "'\n" + USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (Config.InvalidConfigException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static void serve(Config config, boolean demo, PrintStream out) throws InterruptedException {
        String generatedRetellKey = null;
        if (demo && config.retellApiKeys().isEmpty()) {
            generatedRetellKey = "key_demo_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            config = config.withRetellApiKeys(List.of(generatedRetellKey));
        }
        boolean generatedAdminKey = demo && config.adminKey() == null;
        if (generatedAdminKey) {
            config = config.withAdminKey(ApiKeySecrets.generate());
        }
        if (demo) {
            config = PrivacyWiring.demoKeys(config, out);
        }
        if (config.retellApiKeys().isEmpty()) {
            out.println("warning: ASKPRO_RETELL_API_KEYS is not set: every Retell request will be refused (401)");
        }
        Server server = Server.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "askpro-shutdown"));
        String url = "http://localhost:" + server.port();
        if (demo) {
            var db = server.persistence();
            var company = DemoTenant.ensure(db.companies(), db.branches(), db.phoneNumbers(), db.services(), db.staffMembers(),
                    db.tenantDirectory());
            server.invalidateRouting();
            out.println("Demo tenant 'Demo Salon' is ready on " + DemoTenant.NUMBER + ".");
            out.println("Platform API key" + (generatedAdminKey ? " (generated)" : " (ASKPRO_ADMIN_KEY)") + ": " + config.adminKey());
            out.println(DemoKeys.describe(DemoKeys.ensure(db, company, config.demoTenantKey(), Clock.systemUTC()), company, url));
            out.println("Dashboard:    " + url + "/  (sign in with the demo tenant API key)");
            String key = generatedRetellKey != null ? generatedRetellKey : config.retellApiKeys().get(0);
            out.println("Retell signing key" + (generatedRetellKey != null ? " (generated)" : "") + ": " + key);
            out.println("Play a call:  java -jar bootstrap/target/askpro-booking.jar simulate-call --url " + url + " --key " + key);
        }
        out.println("AskPro Booking is listening on " + url + " (health: " + url + "/health/ready)");
        stopped.await();
    }

    private static void simulate(List<String> args, Map<String, String> env, PrintStream out) throws Exception {
        String url = option(args, "--url", "http://localhost:" + env.getOrDefault("ASKPRO_HTTP_PORT", "8080"));
        String key = option(args, "--key", env.getOrDefault("ASKPRO_RETELL_API_KEYS", "").split(",")[0].strip());
        if (key.isEmpty()) {
            throw new IllegalArgumentException("simulate-call needs the server's Retell key: --key KEY or ASKPRO_RETELL_API_KEYS");
        }
        String to = option(args, "--to", DemoTenant.NUMBER);
        String from = option(args, "--from", "+4915112345678");
        new CallSimulator(URI.create(url), key, to, from, out, Clock.systemUTC()).run();
    }

    private static String option(List<String> args, String name, String fallback) {
        int index = args.indexOf(name);
        if (index < 0) {
            return fallback;
        }
        if (index + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(index + 1);
    }
}
