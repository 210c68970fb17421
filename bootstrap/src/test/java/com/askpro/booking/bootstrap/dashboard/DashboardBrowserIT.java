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
 * The dashboard in a real browser: runs {@code src/test/browser/dashboard.test.mjs} (playwright-core
 * driving Debian's headless chromium) against a server with two tenants. Without chromium, node or
 * {@code npm ci} it is skipped on a developer's machine and fails in CI ({@code CI=true}).
 */
class DashboardBrowserIT {

    private static final Path SCRIPT_DIR = Path.of("src/test/browser");
    private static final Path SCREENSHOTS = Path.of("target/browser-screenshots");
    private static final Path LOG = Path.of("target/browser-test.log");

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

        try (DashboardServer server = new DashboardServer()) {
            ProcessBuilder node = new ProcessBuilder("node", "dashboard.test.mjs").directory(SCRIPT_DIR.toFile())
                    .redirectErrorStream(true).redirectOutput(LOG.toFile());
            Map<String, String> env = node.environment();
            env.put("BASE_URL", server.origin());
            env.put("DEMO_KEY", server.demoKey);
            env.put("OTHER_KEY", server.otherKey);
            env.put("RETELL_KEY", DashboardServer.RETELL_KEY);
            env.put("DEMO_NUMBER", DemoTenant.NUMBER);
            env.put("OTHER_NUMBER", DashboardServer.OTHER_NUMBER);
            env.put("SCREENSHOT_DIR", SCREENSHOTS.toAbsolutePath().toString());
            env.put("CHROMIUM", chromium);
            Files.createDirectories(LOG.getParent());
            Process process = node.start();
            boolean finished = process.waitFor(3, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly();
            }
            System.out.println(Files.readString(LOG));
            assertThat(finished).as("browser test finished within 3 minutes").isTrue();
            assertThat(process.exitValue()).as("browser test exit code (see its output above)").isZero();
        }
        assertThat(SCREENSHOTS.resolve("dashboard.png")).exists();
        assertThat(SCREENSHOTS.resolve("dashboard-phone.png")).exists();
    }

    private static boolean onPath(String program) throws InterruptedException {
        try {
            return new ProcessBuilder(program, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
