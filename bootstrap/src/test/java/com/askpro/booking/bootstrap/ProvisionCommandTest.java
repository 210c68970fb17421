package com.askpro.booking.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import com.askpro.booking.domain.tenant.Company;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code provision --branch <id>}: the same provisioning as the API, from the operator's shell. */
class ProvisionCommandTest {

    @TempDir
    Path dir;

    final MockWebServer retell = new MockWebServer();
    String branch;

    @BeforeEach
    void setUp() throws Exception {
        retell.start();
        Config config = Config.fromEnvironment(TestKeys.withKey(Map.of("ASKPRO_DATA_DIR", dir.toString())));
        try (JdbiPersistence db = PrivacyWiring.open(config)) {
            Company demo = DemoTenant.ensure(
                    db.companies(),
                    db.branches(),
                    db.phoneNumbers(),
                    db.services(),
                    db.staffMembers(),
                    db.tenantDirectory());
            branch = db.branches().list(demo.tenant()).get(0).id().toString();
        }
    }

    @AfterEach
    void stop() {
        retell.close();
    }

    private record Run(int code, String out, String err) {}

    private Run run(Map<String, String> extra, String... args) {
        Map<String, String> env = new HashMap<>(TestKeys.withKey(Map.of(
                "ASKPRO_DATA_DIR",
                dir.toString(),
                "ASKPRO_RETELL_API_KEYS",
                "key_cli",
                "ASKPRO_RETELL_BASE_URL",
                retell.url("/").toString())));
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

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    @Test
    void provisionsTheDemoBranchWithTheReferenceCalls() throws Exception {
        retell.enqueue(json(200, "{\"phone_number\":\"+493083793369\"}"));
        retell.enqueue(json(201, "{\"llm_id\":\"llm_cli\",\"version\":0}"));
        retell.enqueue(json(201, "{\"agent_id\":\"agent_cli\",\"version\":0}"));
        retell.enqueue(new MockResponse.Builder().code(200).build());
        retell.enqueue(json(
                200,
                "{\"phone_number\":\"+493083793369\",\"inbound_agents\":[{\"agent_id\":\"agent_cli\",\"weight\":1}]}"));

        Run run = run(Map.of("ASKPRO_PUBLIC_URL", "https://askpro.example.com"), "provision", "--branch", branch);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "provisioned:",
                        "create llm llm_cli",
                        "publish agent agent_cli",
                        "bind phone_number +493083793369",
                        "llm llm_cli, agent agent_cli version 0");
        for (String expected : new String[] {
            "GET /get-phone-number/+493083793369",
            "POST /create-retell-llm",
            "POST /create-agent",
            "POST /publish-agent/agent_cli",
            "PATCH /update-phone-number/+493083793369"
        }) {
            RecordedRequest request = retell.takeRequest();
            assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo(expected);
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer key_cli");
        }
    }

    @Test
    void aBranchThatIsNotReadyOrUnknownFailsWithTheReasonsAndSendsNothing() {
        retell.enqueue(json(200, "{\"phone_number\":\"+493083793369\"}"));
        Run notReady = run(Map.of(), "provision", "--branch", branch, "--dry-run");
        assertThat(notReady.code()).isEqualTo(1);
        assertThat(notReady.err()).contains("not ready for Retell", "ASKPRO_PUBLIC_URL");

        Run unknown = run(
                Map.of("ASKPRO_PUBLIC_URL", "https://askpro.example.com"),
                "provision",
                "--branch",
                "00000000-0000-4000-8000-000000000000");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err())
                .contains("no branch 00000000-0000-4000-8000-000000000000")
                .doesNotContain("Exception");
        assertThat(run(Map.of(), "provision").code()).isEqualTo(Cli.USAGE);
        assertThat(retell.getRequestCount()).isEqualTo(1);
    }
}
