package com.askpro.booking.bootstrap;

import com.askpro.booking.application.admin.ApiKeySecrets;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve [--demo]}: runs the server until SIGTERM. */
@Command(name = "serve", description = "Run the server (migrates the database first) until stopped.")
final class ServeCommand extends CliCommand {

    @Option(names = "--demo", description = "Also create the demo tenant 'Demo Salon' and print its keys "
            + "(generated where not configured) on the terminal.")
    boolean demo;

    @Override
    protected int run() throws InterruptedException {
        Config config = Config.fromEnvironment(cli().env());
        PrintStream out = cli().out();
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
            throw new Failure("ASKPRO_RETELL_API_KEYS is not set: the server cannot verify Retell requests and does not start. "
                    + "Set it to the Retell API key(s) with the webhook badge, or try `serve --demo`, which generates one.");
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
        return 0;
    }
}
