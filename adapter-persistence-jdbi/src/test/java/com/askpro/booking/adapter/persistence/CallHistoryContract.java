package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.application.port.CallHistory;
import com.askpro.booking.domain.appointment.Appointment;
import com.askpro.booking.domain.appointment.AppointmentId;
import com.askpro.booking.domain.call.Call;
import com.askpro.booking.domain.call.CallId;
import com.askpro.booking.domain.notification.Channel;
import com.askpro.booking.domain.notification.Notification;
import com.askpro.booking.domain.notification.NotificationKind;
import com.askpro.booking.domain.notification.NotificationStatus;
import com.askpro.booking.domain.port.ApiCallLog;
import com.askpro.booking.domain.port.FunctionCallLog;
import com.askpro.booking.domain.webhook.RetryPolicy;
import com.askpro.booking.domain.webhook.WebhookEvent;
import com.askpro.booking.domain.webhook.WebhookEventId;
import com.askpro.booking.domain.webhook.WebhookSource;
import com.askpro.booking.domain.webhook.WebhookStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of the call timeline's storage: {@code FunctionCallLog} writes, {@code ApiCallLog}'s call
 * id, and {@code CallHistory} reads — each call's own records (for messages: those about the
 * appointments it booked or changed), of its own tenant, in order.
 */
abstract class CallHistoryContract extends DatabaseTest {

    private static String retellId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "");
    }

    private FunctionCallLog.Entry function(
            Fixtures t, Call call, String name, String outcome, String reason, Instant at, String correlation) {
        return new FunctionCallLog.Entry(
                t.company().id(), call.id(), name, outcome, reason, null, "2030-03-04T10:00", 12, correlation, at);
    }

    @Test
    void givenFunctionCallsOfTwoCallsWhenReadForOneThenOnlyItsOwnComeBackOldestFirstWithEveryField() {
        Fixtures t = Fixtures.create(persistence);
        Call call = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        Call other = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        FunctionCallLog.Entry second = function(
                t, call, "book_appointment", "not_booked", "slot_taken", Fixtures.NOW.plusSeconds(20), "corr-2");
        FunctionCallLog.Entry first = new FunctionCallLog.Entry(
                t.company().id(),
                call.id(),
                "check_availability",
                "available",
                null,
                "8f7c3a52-1111-4a4a-9b9b-000000000001",
                null,
                3,
                "corr-1",
                Fixtures.NOW.plusSeconds(10));
        persistence.functionCallLog().record(second);
        persistence.functionCallLog().record(first);
        persistence
                .functionCallLog()
                .record(function(t, other, "list_services", "answered", null, Fixtures.NOW, "corr-x"));

        assertThat(persistence.callHistory().functionCalls(t.tenant(), call.id()))
                .containsExactly(first, second);
    }

    @Test
    void givenAnotherTenantsKeyWhenReadingACallsHistoryThenNothingComesBack() {
        Fixtures t = Fixtures.create(persistence);
        Fixtures other = Fixtures.create(persistence);
        Call call = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        persistence
                .functionCallLog()
                .record(function(t, call, "book_appointment", "booked", null, Fixtures.NOW, "corr-1"));
        persistence
                .apiCallLog()
                .record(new ApiCallLog.Entry(
                        t.company().id(),
                        "calcom",
                        "POST",
                        "/v2/bookings",
                        201,
                        40,
                        "corr-1",
                        null,
                        Fixtures.NOW,
                        call.id()));
        receive(t, call, "call_ended", "call_ended:" + call.agentCallId(), Fixtures.NOW);

        assertThat(persistence.callHistory().functionCalls(other.tenant(), call.id()))
                .isEmpty();
        assertThat(persistence.callHistory().outboundRequests(other.tenant(), call.id()))
                .isEmpty();
        assertThat(persistence.callHistory().webhookEvents(other.tenant(), call))
                .isEmpty();
        assertThat(persistence.callHistory().functionCalls(t.tenant(), call.id()))
                .hasSize(1);
    }

    @Test
    void givenOutboundRequestsForACallAndWithoutWhenReadThenOnlyTheCallsComeBackWithTheErrorDecrypted() {
        Fixtures t = Fixtures.create(persistence);
        Call call = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        ApiCallLog.Entry slots = new ApiCallLog.Entry(
                t.company().id(),
                "calcom",
                "GET",
                "/v2/slots",
                200,
                30,
                "corr-1",
                null,
                Fixtures.NOW.plusSeconds(1),
                call.id());
        ApiCallLog.Entry failed = new ApiCallLog.Entry(
                t.company().id(),
                "calcom",
                "POST",
                "/v2/bookings",
                0,
                5000,
                "corr-2",
                "SocketTimeoutException: timeout",
                Fixtures.NOW.plusSeconds(9),
                call.id());
        persistence.apiCallLog().record(failed);
        persistence.apiCallLog().record(slots);
        persistence
                .apiCallLog()
                .record(new ApiCallLog.Entry(
                        t.company().id(), "calcom", "GET", "/v2/slots", 200, 30, "corr-3", null, Fixtures.NOW));

        assertThat(persistence.callHistory().outboundRequests(t.tenant(), call.id()))
                .containsExactly(slots, failed);
        assertThat(count(
                        "SELECT COUNT(*) FROM api_call_logs WHERE call_id IS NULL AND company_id = ?",
                        t.company().id().value()))
                .isEqualTo(1);
        assertThat(failed.startedAt()).isEqualTo(Fixtures.NOW.plusSeconds(4));
    }

    @Test
    void givenEventsWhoseKeysNameTheCallWhenReadThenTheyComeBackByArrivalAndLookalikeIdsDoNot() {
        Fixtures t = Fixtures.create(persistence);
        String id = "call_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_x";
        Call call = persistence.calls().add(t.tenant(), t.call(id)).orElseThrow();
        WebhookEvent inbound = receive(
                t,
                call,
                WebhookSource.RETELL_INBOUND,
                "call_inbound",
                "call_inbound:" + id,
                Fixtures.NOW.minusSeconds(2));
        WebhookEvent started = receive(t, call, "call_started", "call_started:" + id, Fixtures.NOW);
        WebhookEvent transcript = receive(
                t, call, "transcript_updated", "transcript_updated:" + id + ":0123abcd", Fixtures.NOW.plusSeconds(5));
        receive(t, call, "call_ended", "call_ended:" + id + "9", Fixtures.NOW.plusSeconds(6));
        receive(t, call, "call_ended", "call_ended:" + id.replace("_x", "Yx"), Fixtures.NOW.plusSeconds(6));
        receive(t, call, "call_ended", "call_analyzed:" + id, Fixtures.NOW.plusSeconds(6));
        persistence
                .webhookInbox()
                .store(WebhookEvent.receive(
                        WebhookEventId.newId(),
                        WebhookSource.RETELL,
                        "call_analyzed:" + id,
                        "call_analyzed",
                        "{}",
                        "corr-unattributed",
                        Fixtures.NOW.plusSeconds(7)));

        assertThat(persistence.callHistory().webhookEvents(t.tenant(), call))
                .extracting(CallHistory.WebhookEventSummary::id)
                .containsExactly(inbound.id(), started.id(), transcript.id());
        CallHistory.WebhookEventSummary first =
                persistence.callHistory().webhookEvents(t.tenant(), call).get(0);
        assertThat(first.source()).isEqualTo(WebhookSource.RETELL_INBOUND);
        assertThat(first.status()).isEqualTo(WebhookStatus.PROCESSED);
        assertThat(first.correlationId()).isEqualTo("corr-call_inbound");
        assertThat(first.processedAt()).isEqualTo(inbound.receivedAt().plusMillis(250));
    }

    @Test
    void givenAFunctionCallWithoutOptionalFieldsWhenRecordedThenItIsStoredAndAnUnknownCallHasNone() {
        Fixtures t = Fixtures.create(persistence);
        Call call = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        persistence
                .functionCallLog()
                .record(new FunctionCallLog.Entry(
                        t.company().id(),
                        call.id(),
                        "book_appointment",
                        "booked",
                        null,
                        null,
                        null,
                        1,
                        "corr",
                        Fixtures.NOW));
        assertThat(persistence.callHistory().functionCalls(t.tenant(), call.id()))
                .as("a read sees every function call recorded before it, although the log batches its inserts")
                .hasSize(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM function_calls WHERE call_id = ?",
                        call.id().value()))
                .isEqualTo(1);
        assertThat(persistence.callHistory().functionCalls(t.tenant(), new CallId(UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void givenMessagesAboutTheCallsAppointmentsAndOthersWhenReadThenOnlyTheCallsComeBackOldestFirstWithoutRecipient() {
        Fixtures t = Fixtures.create(persistence);
        Call call = persistence.calls().add(t.tenant(), t.call(retellId())).orElseThrow();
        Instant ten = Fixtures.at("2030-03-04T10:00:00Z");
        Appointment booked = bookedBy(t, call, ten);
        Appointment linked = t.appointment(t.alice(), ten.plus(Duration.ofHours(2)), 30);
        Appointment unrelated = t.appointment(t.alice(), ten.plus(Duration.ofHours(4)), 30);
        Notification confirmation = notice(t, booked, NotificationKind.BOOKED, Channel.EMAIL, Fixtures.NOW);
        Notification sms = notice(t, booked, NotificationKind.BOOKED, Channel.SMS, Fixtures.NOW.plusSeconds(1));
        Notification changed =
                notice(t, linked, NotificationKind.RESCHEDULED, Channel.EMAIL, Fixtures.NOW.plusSeconds(2));
        persistence
                .appointments()
                .add(t.tenant(), booked, List.of(sms, confirmation))
                .orElseThrow();
        persistence.appointments().add(t.tenant(), linked, List.of(changed)).orElseThrow();
        persistence
                .appointments()
                .add(
                        t.tenant(),
                        unrelated,
                        List.of(notice(t, unrelated, NotificationKind.BOOKED, Channel.EMAIL, Fixtures.NOW)))
                .orElseThrow();
        persistence
                .calls()
                .update(
                        t.tenant(),
                        call.recordAppointment(linked.id(), Fixtures.NOW).orElseThrow())
                .orElseThrow();
        Notification failed = confirmation
                .failed("550 mailbox unavailable", RetryPolicy.WEBHOOKS, Fixtures.NOW.plusSeconds(5))
                .orElseThrow();
        persistence.notificationOutbox().update(failed);

        List<CallHistory.NotificationSummary> messages =
                persistence.callHistory().notifications(t.tenant(), call.id());

        assertThat(messages)
                .extracting(CallHistory.NotificationSummary::id)
                .containsExactly(confirmation.id(), sms.id(), changed.id());
        CallHistory.NotificationSummary first = messages.get(0);
        assertThat(first.appointmentId()).isEqualTo(booked.id());
        assertThat(first.kind()).isEqualTo(NotificationKind.BOOKED);
        assertThat(first.channel()).isEqualTo(Channel.EMAIL);
        assertThat(first.status()).isEqualTo(failed.status());
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isEqualTo("550 mailbox unavailable");
        assertThat(messages.get(2).status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(persistence
                        .callHistory()
                        .notifications(Fixtures.create(persistence).tenant(), call.id()))
                .isEmpty();
    }

    private static Appointment bookedBy(Fixtures t, Call call, Instant start) {
        Appointment plain = t.appointment(t.alice(), start, 30);
        return Appointment.book(
                AppointmentId.newId(),
                new Appointment.Request(
                        plain.companyId(),
                        plain.branchId(),
                        plain.serviceId(),
                        plain.staffId(),
                        plain.customerId(),
                        plain.slot(),
                        plain.buffer(),
                        plain.zone(),
                        call.id(),
                        null),
                false,
                Fixtures.NOW);
    }

    private static Notification notice(
            Fixtures t, Appointment appointment, NotificationKind kind, Channel channel, Instant at) {
        return Notification.plan(
                t.company().id(),
                appointment.id(),
                appointment.customerId(),
                appointment.id() + "@askpro-booking",
                0,
                kind,
                channel,
                channel == Channel.EMAIL ? "erika@example.com" : "+4915112345678",
                at,
                at);
    }

    private WebhookEvent receive(Fixtures t, Call call, String type, String key, Instant at) {
        return receive(t, call, WebhookSource.RETELL, type, key, at);
    }

    private WebhookEvent receive(Fixtures t, Call call, WebhookSource source, String type, String key, Instant at) {
        WebhookEvent event =
                WebhookEvent.receive(WebhookEventId.newId(), source, key, type, "{\"call\":{}}", "corr-" + type, at);
        persistence.webhookInbox().store(event);
        WebhookEvent processed = event.attributedTo(t.company().id())
                .processed(at.plusMillis(250))
                .orElseThrow();
        persistence.webhookInbox().update(processed);
        return processed;
    }
}
