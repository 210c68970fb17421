package com.askpro.booking.bootstrap;

import static com.askpro.booking.bootstrap.RetellClient.DEMO_NUMBER;
import static com.askpro.booking.bootstrap.RetellClient.bytes;
import static com.askpro.booking.bootstrap.RetellClient.callStarted;
import static com.askpro.booking.bootstrap.RunningServer.awaitValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.call.CallStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code ASKPRO_WEBHOOK_PROCESSING=off}: an instance that acknowledges and stores call events but
 * leaves them to the instances that process the queue — it is ready without a worker, and what it
 * stored is processed, once, by a processing instance on the same database.
 */
class IntakeOnlyFlowTest {

    private static final Duration SWEEP = Duration.ofMillis(200);

    @Test
    void anIntakeOnlyInstanceStoresAndIsReadyAndAProcessingInstanceProcessesWhatItStored() {
        Path dir = dataDir();
        String callId = "call_" + UUID.randomUUID().toString().replace("-", "");
        RunningServer intake =
                RunningServer.start(Clock.systemUTC(), SWEEP, dir, Map.of("ASKPRO_WEBHOOK_PROCESSING", "off"));
        try {
            RetellClient.Response stored = intake.retell()
                    .signed(
                            "/webhooks/retell",
                            bytes(callStarted(callId, "+4915144445555", DEMO_NUMBER, System.currentTimeMillis())));
            assertThat(stored.status()).isEqualTo(204);
            assertThat(intake.retell().get("/health/ready").status()).isEqualTo(200);
            sleep(Duration.ofSeconds(1)); // several polling intervals: nobody processes here
            assertThat(intake.count("select count(*) from webhook_events where status = 'RECEIVED'"))
                    .isEqualTo(1);
            assertThat(intake.db().calls().findByAgentCallId(intake.demoTenant(), callId))
                    .isEmpty();
        } finally {
            intake.stop(); // keeps the data directory for the processing instance
        }
        try (RunningServer processing = RunningServer.start(Clock.systemUTC(), SWEEP, dir)) {
            assertThat(awaitValue(
                                    "the stored event processed",
                                    Duration.ofSeconds(20),
                                    () -> processing.db().calls().findByAgentCallId(processing.demoTenant(), callId))
                            .status())
                    .isEqualTo(CallStatus.STARTED);
            // the event's own state is saved with its batch's results, just after the call
            RunningServer.await(
                    "the event marked processed",
                    Duration.ofSeconds(20),
                    () -> processing.count("select count(*) from webhook_events where status = 'PROCESSED'") == 1);
            assertThat(processing.count("select count(*) from webhook_events")).isEqualTo(1);
        }
    }

    private static Path dataDir() {
        try {
            return Files.createTempDirectory("askpro-intake");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
