package com.askpro.booking.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dead-letter view's routes over real HTTP: the tenant's dead webhook events listed with
 * source, type, error and attempts (no other tenant's), replay of one and of all by staff and
 * owners only, 404 for another tenant's event, 409 for one that is no longer dead, and the
 * stream's {@code dead_letter} event when a replayed event dies again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLettersHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PASSWORD = "correct horse battery";
    private DashboardServer s;

    @BeforeAll
    void start() throws Exception {
        s = new DashboardServer();
    }

    @AfterAll
    void stop() {
        s.close();
    }

    private String cookieFor(String role) throws Exception {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@salon.example";
        s.createUser(s.demoKey, email, "A " + role, role, PASSWORD);
        return s.userCookie(email, PASSWORD);
    }

    @Test
    void everyRoleSeesTheTenantsDeadLettersOnlyStaffAndOwnersReplayThem() throws Exception {
        WebhookEvent mine = s.deadWebhookEvent(s.demo, "no handler for this test event");
        WebhookEvent theirs = s.deadWebhookEvent(s.other, "the other tenant's failure");
        String viewer = cookieFor("viewer");
        String staff = cookieFor("staff");

        HttpResponse<String> list = s.get("/dashboard/api/dead-letters", viewer);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains(
                        "\"id\":\"" + mine.id() + "\"",
                        "\"source\":\"webhook\"",
                        "\"origin\":\"calcom\"",
                        "\"type\":\"BOOKING_CREATED\"",
                        "\"error\":\"no handler for this test event\"",
                        "\"attempts\":")
                .doesNotContain(theirs.id().toString(), "the other tenant's failure");

        String replay = "/dashboard/api/dead-letters/webhook/" + mine.id() + "/replay";
        assertThat(s.send("POST", replay, viewer, null, s.origin()).statusCode())
                .isEqualTo(403);
        assertThat(s.send("POST", "/dashboard/api/dead-letters/replay-all", viewer, null, s.origin())
                        .statusCode())
                .isEqualTo(403);
        assertThat(s.send(
                                "POST",
                                "/dashboard/api/dead-letters/webhook/" + theirs.id() + "/replay",
                                staff,
                                null,
                                s.origin())
                        .statusCode())
                .isEqualTo(404);
        assertThat(s.send(
                                "POST",
                                "/dashboard/api/dead-letters/elsewhere/" + mine.id() + "/replay",
                                staff,
                                null,
                                s.origin())
                        .statusCode())
                .isEqualTo(404);

        WebhookEvent processed = WebhookEvent.receive(
                WebhookEventId.newId(),
                WebhookSource.CALCOM,
                "done-" + UUID.randomUUID(),
                "BOOKING_CREATED",
                "{}",
                null,
                Instant.now());
        s.server.persistence().webhookInbox().store(processed).orElseThrow();
        s.server
                .persistence()
                .webhookInbox()
                .update(processed
                        .attributedTo(s.demo.id())
                        .processed(Instant.now())
                        .orElseThrow());
        assertThat(s.send(
                                "POST",
                                "/dashboard/api/dead-letters/webhook/" + processed.id() + "/replay",
                                staff,
                                null,
                                s.origin())
                        .statusCode())
                .as("not dead")
                .isEqualTo(409);

        HttpResponse<String> replayed = s.send("POST", replay, staff, null, s.origin());
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(s.server
                        .persistence()
                        .webhookInbox()
                        .find(s.demo.tenant(), mine.id())
                        .orElseThrow()
                        .status()
                        .name())
                .isIn("RECEIVED", "DEAD");
        assertThat(s.server
                        .persistence()
                        .webhookInbox()
                        .find(s.other.tenant(), theirs.id())
                        .orElseThrow()
                        .status()
                        .name())
                .isEqualTo("DEAD");
    }

    @Test
    void aReplayedEventThatDiesAgainIsStreamedAndReplayAllReplaysEveryDeadLetter() throws Exception {
        WebhookEvent first = s.deadWebhookEvent(s.demo, "first failure");
        WebhookEvent second = s.deadWebhookEvent(s.demo, "second failure");
        String owner = s.cookieOf(s.demoKey);
        try (SseStream stream = new SseStream(s.http, s.uri("/dashboard/events"), owner, null)) {
            assertThat(stream.next(WAIT).name()).isEqualTo("ready");

            assertThat(s.send(
                                    "POST",
                                    "/dashboard/api/dead-letters/webhook/" + first.id() + "/replay",
                                    owner,
                                    null,
                                    s.origin())
                            .statusCode())
                    .isEqualTo(200);

            SseStream.Event died = nextDeadLetter(stream);
            assertThat(died.data()).contains(first.id().toString());
            assertThat(s.get("/dashboard/api/dead-letters", owner).body())
                    .contains(first.id().toString(), second.id().toString());

            HttpResponse<String> all =
                    s.send("POST", "/dashboard/api/dead-letters/replay-all", owner, null, s.origin());
            assertThat(all.statusCode()).isEqualTo(200);
            assertThat(all.body()).matches(".*\"replayed\":([2-9]|[1-9][0-9]+).*");
        }
    }

    private static SseStream.Event nextDeadLetter(SseStream stream) throws InterruptedException {
        while (true) {
            SseStream.Event event = stream.next(WAIT);
            if (event.name().equals("dead_letter")) {
                return event;
            }
        }
    }
}
