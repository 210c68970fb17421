package com.askpro.booking.bootstrap;

import com.askpro.booking.application.admin.ApiKeySecrets;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve [--demo]}: runs the server until SIGTERM. */
@Command(name = "serve", description = "Run the server (migrates the database first) until stopped.")
final class ServeCommand extends CliCommand {

    @Option(
            names = "--demo",
            description = "Also create the demo tenant 'Demo Salon' and print its keys "
                    + "(generated where not configured) on the terminal.")
    boolean demo;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Override
    protected int run() throws InterruptedException {
        Config config = Config.fromEnvironment(cli().env());
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
            config = PrivacyWiring.demoKeys(config, LOG::info);
        }
        if (config.retellApiKeys().isEmpty()) {
            throw new Failure(
                    "ASKPRO_RETELL_API_KEYS is not set: the server cannot verify Retell requests and does not start. "
                            + "Set it to the Retell API key(s) with the webhook badge, or try `serve --demo`, which generates one.");
        }
        Server server = Server.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            ShutdownWatchdog watchdog = ShutdownWatchdog.start(ShutdownWatchdog.LIMIT);
                            server.close();
                            watchdog.finished();
                            stopped.countDown();
                        },
                        "askpro-shutdown"));
        String url = "http://localhost:" + server.port();
        if (demo) {
            var db = server.persistence();
            var company = DemoTenant.ensure(
                    db.companies(),
                    db.branches(),
                    db.phoneNumbers(),
                    db.services(),
                    db.staffMembers(),
                    db.tenantDirectory());
            ChainDemoTenant.ensure(
                    db.companies(),
                    db.branches(),
                    db.phoneNumbers(),
                    db.services(),
                    db.staffMembers(),
                    db.tenantDirectory());
            server.invalidateRouting();
            LOG.info("demo tenant 'Demo Salon' is ready on {}; dashboard: {}/", DemoTenant.NUMBER, url);
            LOG.info(
                    "demo tenant 'Salon Kette' (hotline, branches Mitte, Kreuzberg, Charlottenburg) is ready on {}",
                    ChainDemoTenant.HOTLINE);
            DemoKeys.Outcome tenantKey = DemoKeys.ensure(db, company, config.demoTenantKey(), Clock.systemUTC());
            String retellKey = generatedRetellKey != null
                    ? generatedRetellKey
                    : config.retellApiKeys().get(0);
            PrintWriter terminal = terminal();
            if (terminal == null) {
                LOG.info("demo keys are shown on a terminal only, never in the log stream: run `serve --demo` in one, "
                        + "or choose them with ASKPRO_ADMIN_KEY, ASKPRO_DEMO_TENANT_KEY and ASKPRO_RETELL_API_KEYS");
            } else {
                terminal.println("Demo tenant 'Demo Salon' is ready on " + DemoTenant.NUMBER + ".");
                terminal.println("Platform API key" + (generatedAdminKey ? " (generated)" : " (ASKPRO_ADMIN_KEY)")
                        + ": " + config.adminKey());
                terminal.println(DemoKeys.describe(tenantKey, company, url));
                terminal.println("Dashboard:    " + url + "/  (sign in with the demo tenant API key)");
                terminal.println(
                        "Retell signing key" + (generatedRetellKey != null ? " (generated)" : "") + ": " + retellKey);
                terminal.println("Play a call:  java -jar bootstrap/target/askpro-booking.jar simulate-call --url "
                        + url + " --key " + retellKey);
                terminal.println(
                        "Demo tenant 'Salon Kette' (one hotline, branches Mitte, Kreuzberg, Charlottenburg) is ready on "
                                + ChainDemoTenant.HOTLINE + ".");
                terminal.println(
                        "Play a hotline call: java -jar bootstrap/target/askpro-booking.jar simulate-call --url " + url
                                + " --key " + retellKey + " --to " + ChainDemoTenant.HOTLINE);
                terminal.flush();
            }
        }
        LOG.info("AskPro Booking is listening on {} (health: {}/health/ready)", url, url);
        stopped.await();
        return 0;
    }

    /**
     * The interactive terminal, or null when the output goes elsewhere (a file, a pipe, a log
     * collector): the demo's keys are written there only, never into the log stream.
     */
    private static PrintWriter terminal() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal"); // Java 22+: a console is not always a terminal
            if (!(Boolean) isTerminal.invoke(console)) {
                return null;
            }
        } catch (NoSuchMethodException e) {
            // Java < 22: System.console() is null unless standard input and output are a terminal
        } catch (ReflectiveOperationException e) {
            return null;
        }
        return console.writer();
    }
}
