package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.http.PrometheusMetrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: {@code /metrics} parsed as Prometheus would — help on every metric, SLO buckets on the
 * timers, route templates (never raw paths) as labels, counters at 0 from the start, the backlog
 * gauges and build info. Writes the scrape to {@code target/metrics-scrape.prom}, which
 * {@code .ci/run} checks with {@code promtool check metrics}.
 */
class MetricsEndpointTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private RunningServer app;

    @BeforeEach
    void start() {
        app = RunningServer.start(Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void givenAFreshServerWhenScrapedThenFailureCountersAreThereAtZero() {
        String scrape = app.retell().get("/metrics").body();
        assertThat(scrape)
                .contains("askpro_webhooks_rejected_total{reason=\"signature\",source=\"retell\"} 0.0")
                .contains("askpro_webhooks_rejected_total{reason=\"malformed\",source=\"calcom\"} 0.0")
                .contains("askpro_webhooks_failed_total{dead=\"true\",source=\"retell\"} 0.0")
                .contains("askpro_webhooks_duplicate_total{source=\"retell\"} 0.0")
                .contains("askpro_calls_unknown_number_total 0.0");
        for (String outcome : PrometheusMetrics.BOOKING_OUTCOMES) {
            assertThat(scrape).contains("askpro_bookings_total{outcome=\"" + outcome + "\"} 0.0");
        }
    }

    @Test
    void givenACallWasPlayedWhenScrapedThenHelpBucketsRouteTemplatesGaugesAndBuildInfo() throws Exception {
        new CallSimulator(
                        URI.create("http://127.0.0.1:" + app.port()),
                        RunningServer.KEY,
                        DemoTenant.NUMBER,
                        "+4915112345678",
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        Clock.systemUTC())
                .run();
        app.retell().get("/no/such/page/+4930123456");
        app.retell().get("/health/ready");
        String scrape = app.retell().get("/metrics").body();
        List<Sample> samples = parse(scrape);

        Map<String, String> help = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (String line : scrape.split("\n")) {
            if (line.startsWith("# HELP ")) {
                String[] parts = line.substring(7).split(" ", 2);
                help.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
            } else if (line.startsWith("# TYPE ")) {
                String[] parts = line.substring(7).split(" ", 2);
                types.put(parts[0], parts[1]);
            }
        }
        assertThat(types).isNotEmpty();
        for (String family : types.keySet()) {
            assertThat(help.get(family)).as("help text of " + family).isNotBlank();
        }
        for (Sample sample : samples) {
            assertThat(types).as("a TYPE for " + sample.name()).containsKey(family(sample.name(), types));
        }

        Set<String> routes = new LinkedHashSet<>();
        Set<String> buckets = new LinkedHashSet<>();
        for (Sample sample : samples) {
            if (sample.name().startsWith("http_server_requests_seconds")) {
                routes.add(sample.labels().get("route"));
            }
            if (sample.name().equals("http_server_requests_seconds_bucket")) {
                buckets.add(sample.labels().get("le"));
            }
        }
        assertThat(routes)
                .contains(
                        "/webhooks/retell",
                        "/webhooks/retell/inbound",
                        "/webhooks/retell/functions",
                        "/health/ready",
                        "unmatched")
                .doesNotContain("*");
        assertThat(routes).allSatisfy(route -> assertThat(route).matches("/[A-Za-z0-9/{}_*.-]*|unmatched|static"));
        assertThat(scrape).doesNotContain("+4930123456").doesNotContain("no/such/page");
        assertThat(buckets)
                .containsExactly("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.0", "5.0", "+Inf");
        assertThat(samples).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("askpro_webhook_processing_latency_seconds_bucket");
            assertThat(s.labels()).containsEntry("le", "0.005");
        });

        assertThat(samples).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("askpro_build_info");
            assertThat(s.labels())
                    .containsEntry("version", BuildInfo.current().version())
                    .containsEntry("commit", BuildInfo.current().commit());
            assertThat(s.value()).isEqualTo(1.0);
        });
        for (String gauge : List.of(
                "askpro_calls_active",
                "askpro_webhook_queue_depth",
                "askpro_webhook_queue_oldest_age_seconds",
                "askpro_webhook_dead_letters",
                "askpro_jobs_due",
                "askpro_jobs_oldest_due_age_seconds",
                "hikaricp_connections_active",
                "hikaricp_connections_max")) {
            assertThat(samples).as(gauge).anySatisfy(s -> assertThat(s.name()).isEqualTo(gauge));
            assertThat(types.get(gauge)).as(gauge).isEqualTo("gauge");
        }
        assertThat(app.metric("askpro_bookings_total", "outcome=\"booked\"")).isEqualTo(1.0);
        assertThat(scrape)
                .contains("askpro_health_check_ok{check=\"database\",critical=\"true\"} 1.0")
                .contains("askpro_health_check_ok{check=\"calendar_circuits\",critical=\"false\"} 1.0");

        Path file = Path.of("target", "metrics-scrape.prom");
        Files.createDirectories(file.getParent());
        Files.writeString(file, scrape);
    }

    @Test
    void givenACallToAnUnknownNumberWhenScrapedThenItIsADeadLetterInTheGauge() throws Exception {
        assertThat(gauge("askpro_webhook_dead_letters")).isZero();
        RetellClient.Response answer = app.retell()
                .signed(
                        "/webhooks/retell/inbound",
                        RetellClient.JSON.readTree(
                                "{\"event\":\"call_inbound\",\"call_inbound\":{\"from_number\":\"+4915112345678\",\"to_number\":\"+493099999999\","
                                        + "\"call_id\":\"call_nobody\"}}"));
        assertThat(answer.status()).isEqualTo(404);
        Instant deadline = Instant.now().plusSeconds(30);
        while (gauge("askpro_webhook_dead_letters") < 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(gauge("askpro_webhook_dead_letters"))
                .as("within %s (the gauges' reading lifetime)", OpsWiring.STATS_TTL)
                .isEqualTo(1.0);
        assertThat(OpsWiring.STATS_TTL).isLessThan(Duration.ofSeconds(30));
    }

    private double gauge(String name) {
        return parse(app.retell().get("/metrics").body()).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value();
    }

    private record Sample(String name, Map<String, String> labels, double value) {}

    private static List<Sample> parse(String scrape) {
        List<Sample> samples = new java.util.ArrayList<>();
        for (String line : scrape.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as("a valid sample line: " + line).isTrue();
            Map<String, String> labels = new HashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            String value = m.group(4);
            samples.add(new Sample(m.group(1), labels, value.equals("NaN") ? Double.NaN : Double.parseDouble(value)));
        }
        return samples;
    }

    /** The metric family of a sample: its name without the suffix of a histogram, summary or counter. */
    private static String family(String sample, Map<String, String> types) {
        if (types.containsKey(sample)) {
            return sample;
        }
        for (String suffix : List.of("_bucket", "_count", "_sum", "_total", "_created")) {
            if (sample.endsWith(suffix) && types.containsKey(sample.substring(0, sample.length() - suffix.length()))) {
                return sample.substring(0, sample.length() - suffix.length());
            }
        }
        return sample;
    }
}
