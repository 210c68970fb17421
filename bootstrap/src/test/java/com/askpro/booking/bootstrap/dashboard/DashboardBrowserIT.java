package com.askpro.booking.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.bootstrap.DemoTenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser: runs every {@code src/test/browser/*.test.mjs} script in turn
 * (playwright-core driving Debian's headless chromium) against one server with two tenants. Without chromium, node or
 * {@code npm ci} it is skipped on a developer's machine and fails in CI ({@code CI=true}).
 */
class DashboardBrowserIT {

    private static final Path SCRIPT_DIR = Path.of("src/test/browser");
    private static final Path SCREENSHOTS = Path.of("target/browser-screenshots");
    private static final Path LOG_DIR = Path.of("target/browser-test");

    @Test
    void callsAndAppointmentsAppearLiveForTheirTenantOnly() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(Path.of(chromium))) {
            missing.add("chromium at " + chromium + " (apt-get install -y chromium)");
        }
        if (!Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"))) {
            missing.add("playwright-core (npm ci in bootstrap/src/test/browser)");
        }
        if (!onPath("node")) {
            missing.add("node");
        }
        if (!missing.isEmpty()) {
            String message = "browser test needs " + String.join(", ", missing);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }

        List<String> scripts;
        try (var files = Files.list(SCRIPT_DIR)) {
            scripts = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".test.mjs"))
                    .sorted()
                    .toList();
        }
        assertThat(scripts).as("browser test scripts").contains("dashboard.test.mjs");
        try (DashboardServer server = new DashboardServer()) {
            String deadEvent = server.deadWebhookEvent(server.demo, "seeded by the browser test")
                    .id()
                    .toString();
            for (String script : scripts) {
                Path log = LOG_DIR.resolve(script.replace(".test.mjs", ".log"));
                ProcessBuilder node = new ProcessBuilder("node", script)
                        .directory(SCRIPT_DIR.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                Map<String, String> env = node.environment();
                env.put("BASE_URL", server.origin());
                env.put("DEMO_KEY", server.demoKey);
                env.put("OTHER_KEY", server.otherKey);
                env.put("DEMO_READ_KEY", server.demoReadKey);
                env.put("DEAD_EVENT_ID", deadEvent);
                env.put("RETELL_KEY", DashboardServer.RETELL_KEY);
                env.put("DEMO_NUMBER", DemoTenant.NUMBER);
                env.put("OTHER_NUMBER", DashboardServer.OTHER_NUMBER);
                env.put("SCREENSHOT_DIR", SCREENSHOTS.toAbsolutePath().toString());
                env.put("CHROMIUM", chromium);
                Files.createDirectories(LOG_DIR);
                Process process = node.start();
                boolean finished = process.waitFor(3, TimeUnit.MINUTES);
                if (!finished) {
                    process.destroyForcibly();
                }
                System.out.println("== " + script + "\n" + Files.readString(log));
                assertThat(finished).as("%s finished within 3 minutes", script).isTrue();
                assertThat(process.exitValue())
                        .as("%s exit code (see its output above)", script)
                        .isZero();
            }
        }
        assertThat(SCREENSHOTS.resolve("dashboard.png")).exists();
        assertThat(SCREENSHOTS.resolve("dashboard-phone.png")).exists();
    }

    private static boolean onPath(String program) throws InterruptedException {
        try {
            return new ProcessBuilder(program, "--version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
