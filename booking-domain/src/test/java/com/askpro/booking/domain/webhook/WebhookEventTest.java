package com.askpro.booking.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import com.askpro.booking.domain.shared.RuleViolationException;
import com.askpro.booking.domain.shared.Transition;
import com.askpro.booking.domain.testdata.DemoTenant;
import com.askpro.booking.domain.testdata.TestInstants;
import com.askpro.booking.domain.testdata.TestWebhooks;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WebhookEventTest {

    private static final Instant NOW = TestInstants.NOW;
    private static final RetryPolicy POLICY = RetryPolicy.WEBHOOKS;

    private static WebhookEvent failTimes(WebhookEvent event, int times) {
        WebhookEvent current = event;
        for (int i = 1; i <= times; i++) {
            current = current.failed("timeout " + i, false, POLICY, NOW.plusSeconds(i))
                    .orElseThrow();
        }
        return current;
    }

    private static WebhookEvent dead() {
        return TestWebhooks.aReceivedEvent()
                .failed("no tenant owns +4930000000", true, POLICY, NOW)
                .orElseThrow();
    }

    private static WebhookEvent inStatus(WebhookStatus status) {
        return switch (status) {
            case RECEIVED -> TestWebhooks.aReceivedEvent();
            case FAILED -> failTimes(TestWebhooks.aReceivedEvent(), 1);
            case PROCESSED -> TestWebhooks.aReceivedEvent().processed(NOW).orElseThrow();
            case DEAD -> dead();
        };
    }

    @Test
    void givenWebhookWhenReceivedThenStoredVerbatimAwaitingProcessingNow() {
        WebhookEvent event = TestWebhooks.aReceivedEvent();

        assertThat(event.status()).isEqualTo(WebhookStatus.RECEIVED);
        assertThat(event.rawBody()).isEqualTo(TestWebhooks.RAW_BODY);
        assertThat(event.attempts()).isZero();
        assertThat(event.receivedAt()).isEqualTo(NOW);
        assertThat(event.nextAttemptAt()).isEqualTo(NOW);
        assertThat(event.tenant()).isEmpty();
        assertThat(event.lastError()).isNull();
        assertThat(event.processedAt()).isNull();
    }

    @Test
    void givenWebhookWhenAttributedToATenantThenOnlyTheTenantChanges() {
        WebhookEvent event = TestWebhooks.aReceivedEvent();

        WebhookEvent attributed = event.attributedTo(DemoTenant.COMPANY_ID);

        assertThat(attributed.tenant()).contains(DemoTenant.COMPANY_ID);
        assertThat(attributed.attributedTo(null)).isEqualTo(event);
    }

    @Test
    void givenReceivedEventWhenProcessedThenProcessedWithOneAttemptAndNothingScheduled() {
        WebhookEvent processed =
                TestWebhooks.aReceivedEvent().processed(NOW.plusMillis(40)).orElseThrow();

        assertThat(processed.status()).isEqualTo(WebhookStatus.PROCESSED);
        assertThat(processed.attempts()).isEqualTo(1);
        assertThat(processed.processedAt()).isEqualTo(NOW.plusMillis(40));
        assertThat(processed.nextAttemptAt()).isNull();
        assertThat(processed.status().awaitsProcessing()).isFalse();
    }

    @Test
    void givenProcessedEventWhenProcessedAgainThenIgnoredAndUnchanged() {
        WebhookEvent processed = TestWebhooks.aReceivedEvent().processed(NOW).orElseThrow();

        Transition<WebhookEvent> again = processed.processed(NOW.plusSeconds(60));

        assertThat(again).isEqualTo(Transition.ignored(processed, "already processed"));
    }

    @Test
    void givenFailedEventWhenProcessedOnRetryThenProcessedCountsAllAttemptsAndClearsError() {
        WebhookEvent failedTwice = failTimes(TestWebhooks.aReceivedEvent(), 2);

        WebhookEvent processed = failedTwice.processed(NOW.plusSeconds(30)).orElseThrow();

        assertThat(processed.attempts()).isEqualTo(3);
        assertThat(processed.status()).isEqualTo(WebhookStatus.PROCESSED);
        assertThat(processed.lastError()).isNull();
    }

    @Test
    void givenReceivedEventWhenAttemptFailsThenFailedAndRetriedAfterFiveSeconds() {
        Instant failedAt = NOW.plusMillis(200);

        WebhookEvent failed = TestWebhooks.aReceivedEvent()
                .failed("db timeout", false, POLICY, failedAt)
                .orElseThrow();

        assertThat(failed.status()).isEqualTo(WebhookStatus.FAILED);
        assertThat(failed.status().awaitsProcessing()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("db timeout");
        assertThat(failed.nextAttemptAt()).isEqualTo(failedAt.plusSeconds(5));
    }

    @Test
    void givenRepeatedFailuresWhenRescheduledThenDelaysDoubleFiveTenTwentyForty() {
        WebhookEvent event = TestWebhooks.aReceivedEvent();
        long[] expectedDelays = {5, 10, 20, 40, 80, 160, 320};
        Instant at = NOW;
        for (long delay : expectedDelays) {
            event = event.failed("timeout", false, POLICY, at).orElseThrow();
            assertThat(event.status()).isEqualTo(WebhookStatus.FAILED);
            assertThat(Duration.between(at, event.nextAttemptAt())).isEqualTo(Duration.ofSeconds(delay));
            at = event.nextAttemptAt();
        }
        assertThat(event.attempts()).isEqualTo(7);
    }

    @Test
    void givenSevenFailuresWhenTheEighthAttemptFailsThenDeadWithNothingScheduled() {
        WebhookEvent failedSeven = failTimes(TestWebhooks.aReceivedEvent(), 7);
        assertThat(failedSeven.status()).isEqualTo(WebhookStatus.FAILED);

        WebhookEvent dead = failedSeven
                .failed("still failing", false, POLICY, NOW.plusSeconds(3600))
                .orElseThrow();

        assertThat(dead.status()).isEqualTo(WebhookStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(POLICY.maxAttempts());
        assertThat(dead.nextAttemptAt()).isNull();
        assertThat(dead.lastError()).isEqualTo("still failing");
    }

    @Test
    void givenPermanentErrorWhenAttemptFailsThenDeadAtOnce() {
        WebhookEvent dead = dead();

        assertThat(dead.status()).isEqualTo(WebhookStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(dead.nextAttemptAt()).isNull();
        assertThat(dead.lastError()).contains("no tenant owns");
    }

    @Test
    void givenSingleAttemptPolicyWhenAttemptFailsThenDeadAtOnce() {
        RetryPolicy once = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));

        WebhookEvent dead =
                TestWebhooks.aReceivedEvent().failed("boom", false, once, NOW).orElseThrow();

        assertThat(dead.status()).isEqualTo(WebhookStatus.DEAD);
    }

    @Test
    void givenDeadEventWhenProcessedThenRefusedUntilReplayed() {
        Transition<WebhookEvent> result = dead().processed(NOW);

        assertThat(result).isInstanceOf(Transition.Refused.class);
        assertThatThrownBy(result::orElseThrow)
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("replayed")
                .extracting(e -> ((RuleViolationException) e).rule())
                .isEqualTo("webhook_dead");
    }

    @ParameterizedTest
    @EnumSource(
            value = WebhookStatus.class,
            names = {"PROCESSED", "DEAD"})
    void givenFinishedEventWhenAttemptFailsThenRefused(WebhookStatus status) {
        Transition<WebhookEvent> result = inStatus(status).failed("late failure", false, POLICY, NOW);

        assertThat(result).isInstanceOf(Transition.Refused.class);
        assertThatThrownBy(result::orElseThrow)
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule())
                .isEqualTo("webhook_" + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void givenDeadEventWhenReplayedThenReceivedAgainWithFreshAttemptsDueNow() {
        WebhookEvent dead = failTimes(TestWebhooks.aReceivedEvent(), 8);
        assertThat(dead.status()).isEqualTo(WebhookStatus.DEAD);
        Instant replayAt = NOW.plus(Duration.ofDays(1));

        WebhookEvent replayed = dead.replay(replayAt).orElseThrow();

        assertThat(replayed.status()).isEqualTo(WebhookStatus.RECEIVED);
        assertThat(replayed.attempts()).isZero();
        assertThat(replayed.nextAttemptAt()).isEqualTo(replayAt);
        assertThat(replayed.lastError()).as("kept for the operator").isEqualTo("timeout 8");
        assertThat(replayed.receivedAt()).isEqualTo(NOW);
        assertThat(replayed.rawBody()).isEqualTo(TestWebhooks.RAW_BODY);
        assertThat(replayed.failed("again", false, POLICY, replayAt)
                        .orElseThrow()
                        .status())
                .as("a full new attempt budget")
                .isEqualTo(WebhookStatus.FAILED);
        assertThat(replayed.processed(replayAt).orElseThrow().status()).isEqualTo(WebhookStatus.PROCESSED);
    }

    @ParameterizedTest
    @EnumSource(
            value = WebhookStatus.class,
            names = {"RECEIVED", "FAILED", "PROCESSED"})
    void givenEventThatIsNotDeadWhenReplayedThenRefused(WebhookStatus status) {
        Transition<WebhookEvent> result = inStatus(status).replay(NOW);

        assertThat(result).isInstanceOf(Transition.Refused.class);
        assertThatThrownBy(result::orElseThrow)
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(status.name().toLowerCase(java.util.Locale.ROOT))
                .extracting(e -> ((RuleViolationException) e).rule())
                .isEqualTo("webhook_not_dead");
    }

    @Test
    void givenHugeErrorWhenAttemptFailsThenErrorTruncatedToTwoThousandCharacters() {
        WebhookEvent failed = TestWebhooks.aReceivedEvent()
                .failed("x".repeat(5000), false, POLICY, NOW)
                .orElseThrow();

        assertThat(failed.lastError()).hasSize(2000);
    }

    @Test
    void givenBlankErrorWhenAttemptFailsThenRejected() {
        assertThatThrownBy(() -> TestWebhooks.aReceivedEvent().failed(" ", false, POLICY, NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("error");
    }

    @Test
    void givenMissingKeyOrTypeWhenReceivedThenRejected() {
        assertThatThrownBy(() -> WebhookEvent.receive(
                        WebhookEventId.newId(), WebhookSource.CALCOM, " ", "BOOKING_CREATED", "{}", null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("event_key");
        assertThatThrownBy(() ->
                        WebhookEvent.receive(WebhookEventId.newId(), WebhookSource.CALCOM, "k1", null, "{}", null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("event_type");
        assertThatThrownBy(() ->
                        WebhookEvent.receive(WebhookEventId.newId(), WebhookSource.CALCOM, "k1", "x", null, null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("raw_body");
    }

    @ParameterizedTest
    @EnumSource(WebhookStatus.class)
    void givenStatusWhenAskedIfItAwaitsProcessingThenOnlyReceivedAndFailed(WebhookStatus status) {
        assertThat(status.awaitsProcessing())
                .isEqualTo(status == WebhookStatus.RECEIVED || status == WebhookStatus.FAILED);
        assertThat(inStatus(status).status()).isEqualTo(status);
    }
}
